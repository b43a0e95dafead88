"""The preview's change detection: real inotify events on a real site folder, and when a rebuild is scheduled."""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import threading
import time
from collections.abc import Collection, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from generator.build import build
from generator.serve import QUIET, SETTLED, Preview
from generator.watch import SiteWatcher

CARD = "content/politics/mayor.yaml"
TIMEOUT = 10.0


class Changes:
    """What a watcher reported, as (path, finished) pairs, in order."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, bool]] = []
        self.lock = threading.Lock()

    def __call__(self, rel: str, finished: bool) -> None:
        with self.lock:
            self.seen.append((rel, finished))

    def wait_for(self, wanted: tuple[str, bool]) -> list[tuple[str, bool]]:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            with self.lock:
                if wanted in self.seen:
                    return list(self.seen)
            time.sleep(0.01)
        raise AssertionError(f"no {wanted} among {self.seen}")

    def clear(self) -> None:
        with self.lock:
            self.seen.clear()


def test_a_save_is_finished_when_its_file_is_closed_or_renamed_into_place(village_site: Path) -> None:
    changes = Changes()
    watcher = SiteWatcher(village_site, village_site / "output", changes)
    watcher.begin()
    try:
        card = village_site / CARD
        text = card.read_text(encoding="utf-8")
        with open(card, "w", encoding="utf-8") as file:  # written in place: modified, then closed
            file.write(text + "\n")
            file.flush()
            changes.wait_for((CARD, False))  # the write, while the file is still open
            assert (CARD, True) not in changes.seen
        changes.wait_for((CARD, True))

        changes.clear()  # an atomic save: a new file renamed over the card
        temporary = card.with_name("mayor.yaml.new")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, card)
        seen = changes.wait_for((CARD, True))
        assert ("content/politics/mayor.yaml.new", True) in seen  # closed: any file of content/ counts

        changes.clear()  # renamed away (vim's backup): the card is gone, not saved
        os.rename(card, card.with_name("mayor.yaml~"))
        seen = changes.wait_for((CARD, False))
        card.with_name("mayor.yaml~").rename(card)  # and back: renamed into place
        seen = changes.wait_for((CARD, True))
        assert seen.index((CARD, False)) < seen.index((CARD, True))
    finally:
        watcher.stop()


def no_build(site_root: Path, output: Path, changed: Collection[str] | None = None, **options: Any) -> int:
    raise AssertionError("no build was due")


def test_rebuild_waits_less_after_a_finished_save(village_site: Path) -> None:
    async def delays() -> list[float]:
        loop = asyncio.get_running_loop()
        preview = Preview(village_site, village_site / "output", no_build, 8000)
        found = []
        try:
            for finished in (False, True, False):  # a write, its close, then another file's write
                preview.changed_file(CARD if finished else "content/politics/other.yaml", finished)
                assert preview.timer is not None
                found.append(preview.timer.when() - loop.time())
            assert preview.changed == ["content/politics/other.yaml", CARD]  # one rebuild for all three
        finally:
            if preview.timer is not None:
                preview.timer.cancel()
            preview.executor.shutdown()
        return found

    with ThreadPoolExecutor(1) as thread:  # a loop of its own: the browser tests leave one running in this thread
        write, close, other = thread.submit(asyncio.run, delays()).result(TIMEOUT)
    assert SETTLED < QUIET
    assert QUIET - 0.01 < write <= QUIET
    assert SETTLED - 0.01 < close <= SETTLED
    assert QUIET - 0.01 < other <= QUIET


def test_a_save_during_the_last_rebuild_cannot_follow_the_published_build(village_site: Path) -> None:
    """Ctrl-C while a rebuild runs and saves keep coming: the final build (of every save) is the last one."""
    output = village_site / "output"
    running, release = threading.Event(), threading.Event()
    builds: list[str] = []
    preview: Preview | None = None

    def slow_build(site_root: Path, output: Path, changed: Collection[str] | None = None, **options: Any) -> int:
        builds.append("final" if changed is None else "rebuild")  # (the final build trusts no watcher)
        if changed is not None:
            running.set()
            release.wait(TIMEOUT)
        else:  # a save whose event the watcher queued before it stopped, and a final build slower than QUIET
            assert preview is not None
            preview.loop.call_soon_threadsafe(preview.changed_file, CARD, True)
            time.sleep(4 * QUIET)
        return build(site_root, output, **options)

    async def stop_mid_rebuild() -> None:
        nonlocal preview
        loop = asyncio.get_running_loop()
        preview = Preview(village_site, output, slow_build, 8000)
        preview.changed_file(CARD, True)
        assert await loop.run_in_executor(None, running.wait, TIMEOUT)
        preview.changed_file("content/politics/other.yaml", True)  # saved while the rebuild runs
        finishing = asyncio.ensure_future(preview.finish())
        while not preview.stopping:
            await asyncio.sleep(0)  # finish runs up to its first await: it now waits for the running rebuild
        release.set()
        await finishing
        await asyncio.sleep(4 * QUIET)  # a rebuild wrongly timed by the first would have started by now

    with ThreadPoolExecutor(1) as thread:
        thread.submit(asyncio.run, stop_mid_rebuild()).result(TIMEOUT)
    assert builds == ["rebuild", "final"]
    assert (output / "index.html").is_file()


@contextlib.contextmanager
def watching(site: Path) -> Iterator[Changes]:
    """A watcher on `site` while the block runs; what it reports."""
    changes = Changes()
    watcher = SiteWatcher(site, site / "output", changes)
    watcher.begin()
    try:
        yield changes
    finally:
        watcher.stop()


def test_a_save_where_a_linked_folder_leads_is_seen_as_in_the_link(village_site: Path, tmp_path: Path) -> None:
    """inotify does not follow links: templates/ shared by several briefings as a link went unwatched."""
    shared = tmp_path / "house-templates"
    (shared / "partials").mkdir(parents=True)
    (shared / "footer.html").write_text("<p>house</p>\n", "utf-8")
    (village_site / "templates").symlink_to(shared)
    (tmp_path / "more").mkdir()
    with watching(village_site) as changes:
        (shared / "footer.html").write_text("<p>house 2</p>\n", "utf-8")
        changes.wait_for(("templates/footer.html", True))
        (shared / "partials" / "byline.html").write_text("x", "utf-8")
        changes.wait_for(("templates/partials/byline.html", True))
        (shared / "more").symlink_to(tmp_path / "more")  # a link made while watching: followed too
        changes.wait_for(("templates/more", False))
        (tmp_path / "more" / "card.html").write_text("x", "utf-8")
        (village_site / "templates-of-mine").mkdir()  # beside the site, not watched but through the link below
        (village_site / "templates-of-mine" / "base.html").write_text("x", "utf-8")
        (shared / "base.html").symlink_to(village_site / "templates-of-mine" / "base.html")  # a link to a file
        changes.wait_for(("templates/base.html", False))
        (tmp_path / "more" / "x.html").write_text("x", "utf-8")
        changes.wait_for(("templates/more/x.html", True))
        changes.clear()
        (tmp_path / "unrelated.txt").write_text("x", "utf-8")
        time.sleep(0.3)
        assert changes.seen == []


def test_a_save_of_a_file_a_link_leads_to_is_seen_and_a_removed_link_forgotten(village_site: Path,
                                                                               tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "card.html").write_text("x", "utf-8")
    (shared / "other.html").write_text("x", "utf-8")
    (village_site / "templates").mkdir()
    (village_site / "templates/card.html").symlink_to(shared / "card.html")
    with watching(village_site) as changes:
        (shared / "card.html").write_text("y", "utf-8")
        changes.wait_for(("templates/card.html", True))
        changes.clear()
        (shared / "other.html").write_text("y", "utf-8")  # beside the file, no link to it
        (village_site / "templates/card.html").unlink()
        changes.wait_for(("templates/card.html", False))
        (shared / "card.html").write_text("z", "utf-8")
        time.sleep(0.3)
        assert changes.seen == [("templates/card.html", False)]


def test_editors_leftovers_are_no_change_to_the_site(village_site: Path) -> None:
    """emacs's autosave (#card#), JetBrains' safe-write copies, vim's swap and write test: no rebuild, no reload."""
    watcher = SiteWatcher(village_site, village_site / "output", Changes())
    folder = village_site / "content" / "politics"
    for name in ("#mayor.yaml#", "mayor.yaml___jb_tmp___", "mayor.yaml___jb_old___", ".mayor.yaml.swp", "4913",
                 "mayor.yaml~"):
        assert watcher.relevant(str(folder / name)) is None, name
    for name in ("mayor.yaml", "notes#1.yaml"):
        assert watcher.relevant(str(folder / name)) == f"content/politics/{name}"


@pytest.mark.parametrize("later", [False, True])
def test_the_source_s_folder_beside_site_yaml_is_watched_when_it_comes_back_or_comes_late(village_site: Path,
                                                                                       later: bool) -> None:
    """source.file: articles/report.txt, its folder removed and made again (or not made yet when the preview
    started): the preview heard nothing of it, nor of any later edit, until site.yaml was saved."""
    article = village_site / "articles" / "2024" / "report.txt"
    text = (village_site / "content" / "article.txt").read_text("utf-8")
    if not later:
        article.parent.mkdir(parents=True)
        article.write_text(text, "utf-8")
    changes = Changes()
    watcher = SiteWatcher(village_site, village_site / "output", changes)
    watcher.begin()
    watcher.ensure_watches("articles/2024/report.txt")  # (as the preview does with site.yaml's)
    try:
        if not later:
            article.write_text(text + "\n", "utf-8")
            changes.wait_for(("articles/2024/report.txt", True))
            shutil.rmtree(village_site / "articles")
            changes.wait_for(("articles", False))
        article.parent.mkdir(parents=True)
        changes.wait_for(("articles", False))
        deadline = time.monotonic() + TIMEOUT  # (what was written before the watch is read by the rebuild this
        while article.parent not in watcher.watched and time.monotonic() < deadline:  # change starts)
            time.sleep(0.01)
        article.write_text(text, "utf-8")
        changes.wait_for(("articles/2024/report.txt", True))
        changes.clear()
        article.write_text(text + "\n\n", "utf-8")
        changes.wait_for(("articles/2024/report.txt", True))
        (village_site / "notes").mkdir()  # beside site.yaml, on no way to the source: nothing to the site
        time.sleep(0.3)
        assert ("notes", False) not in changes.seen
    finally:
        watcher.stop()

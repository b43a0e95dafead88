"""The preview's build process: a real forked child, real pipes, real signals.

`serve` makes its build process before it starts any thread; the test process has threads of earlier tests,
so each scenario runs in a fresh interpreter (multiprocessing's spawn) that makes the Rebuilder there."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator import parallel
from generator.errors import Problem, SiteError, UsageError
from generator.rebuild import BuildCrashed, Rebuilder


def report(site_root: Path, output: Path, **options: Any) -> int:
    """A build that answers with facts about the process it ran in, or fails as asked (by the site folder's name)."""
    what = site_root.name
    if what == "pid":
        return os.getpid()
    if what == "can fork":
        return int(parallel._can_fork())
    if what == "problems":
        raise SiteError([Problem("content/a.yaml", 3, 1, "unknown key 'tgas'"),
                         Problem("content/b.yaml", 1, 1, "missing required key 'title'")])
    if what == "usage":
        raise UsageError("refusing to replace output/")
    if what == "os":
        raise OSError("No space left on device")
    if what == "bug":
        raise ValueError("a bug")
    if what == "publish, then save":  # like build.build: the site is in place, the cache is still being saved
        options["on_published"](7)
        for _ in range(3000):
            if (output / "go").exists():
                break
            time.sleep(0.01)
        (output / "saved").touch()
        return 8
    raise AssertionError(what)


def outcome(rebuilder: Rebuilder, what: str) -> Any:
    """What a build asked for `what` returned, or the error it raised, as plain data."""
    folder = Path(tempfile.gettempdir())
    try:
        return rebuilder(folder / what, folder / "output")
    except SiteError as error:
        return ("SiteError", [str(p) for p in error.problems])
    except (UsageError, OSError, BuildCrashed) as error:
        return (type(error).__name__, repr(error) if isinstance(error, BuildCrashed) else str(error))


def in_fresh_interpreter(scenario: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    process = context.Process(target=_run, args=(scenario, results))  # not a Pool: its workers are daemons,
    process.start()  # and a daemon may not start the build process
    kind, value = results.get(timeout=60)
    process.join(60)
    assert kind == "ok", value
    seen: dict[str, Any] = value
    return seen


def _run(scenario: Callable[[], dict[str, Any]], results: Any) -> None:
    try:
        results.put(("ok", scenario()))
    except BaseException:
        results.put(("failed", traceback.format_exc()))


def builds_and_errors() -> dict[str, Any]:
    rebuilder = Rebuilder(report)
    try:
        seen: dict[str, Any] = {"server": os.getpid(), "child": rebuilder.process and rebuilder.process.pid}
        for what in ("pid", "pid", "can fork", "problems", "usage", "os", "bug"):
            seen.setdefault(what, []).append(outcome(rebuilder, what))
        seen["after the bug"] = outcome(rebuilder, "pid")
        return seen
    finally:
        rebuilder.close()


def child_killed() -> dict[str, Any]:
    rebuilder = Rebuilder(report)
    process = rebuilder.process
    assert process is not None
    first = outcome(rebuilder, "pid")
    os.kill(process.pid, signal.SIGKILL)
    process.join(10)
    return {"server": os.getpid(), "child": process.pid, "first": first, "then": outcome(rebuilder, "pid"),
            "process kept": rebuilder.process is not None}


def ctrl_c_then_close() -> dict[str, Any]:
    rebuilder = Rebuilder(report)
    process = rebuilder.process
    assert process is not None
    first = outcome(rebuilder, "pid")  # it is up and waiting for work
    os.kill(process.pid, signal.SIGINT)  # Ctrl-C reaches the whole process group: the server decides
    then = outcome(rebuilder, "pid")
    rebuilder.close()
    return {"child": process.pid, "first": first, "then": then, "alive": process.is_alive(),
            "exit code": process.exitcode}


def publish_then_save() -> dict[str, Any]:
    rebuilder = Rebuilder(report)
    try:
        output = Path(tempfile.mkdtemp())
        answer = rebuilder(output.parent / "publish, then save", output)
        saved_before_the_answer = (output / "saved").exists()
        (output / "go").touch()
        after = rebuilder(output.parent / "pid", output)  # waits for the save to end
        return {"answer": answer, "saved before the answer": saved_before_the_answer,
                "saved before the next build": (output / "saved").exists(), "next": after,
                "child": rebuilder.process and rebuilder.process.pid}
    finally:
        rebuilder.close()


def read_ahead_build(site_root: Path, output: Path, on_published: Callable[[int], None] | None = None,
                     **options: Any) -> int:
    """A real build that answers with how many kept block files its process had read ahead before it began."""
    from generator import fragments
    from generator.build import build

    read = len(fragments._read_ahead)
    build(site_root, output, on_published=(lambda _: on_published(read)) if on_published else None, **options)
    return read


def blocks_read_ahead() -> dict[str, Any]:
    """A synthetic briefing big enough for kept blocks, built twice in the build process, an edit in between."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import synth

    from tests.test_cache import cold, tree

    folder = Path(tempfile.mkdtemp())
    site = synth.write_site(synth.make_site(150), folder / "site")
    rebuilder = Rebuilder(read_ahead_build)
    try:
        seen: dict[str, Any] = {"first": rebuilder(site, site / "output")}
        kept = list((site / ".generator-cache/output.fragments").glob("*/?"))
        card = sorted((site / "content").glob("*/*.yaml"))[5]
        text = card.read_text("utf-8")
        card.write_text(text.replace('title: "', 'title: "Edited ', 1), "utf-8")
        seen["edit"] = rebuilder(site, site / "output", changed=[card.relative_to(site).as_posix()])
        seen["files kept"] = len(kept)
        seen["pages"] = len({path.parent for path in kept})
        seen["as a cold build"] = tree(site / "output") == cold(site, folder)
        seen["edited"] = "Edited " in (site / "output/index.html").read_text("utf-8")
        return seen
    finally:
        rebuilder.close()


def indexes_ahead_build(site_root: Path, output: Path, on_published: Callable[[int], None] | None = None,
                        **options: Any) -> int:
    """A real build that answers with the indexes its process had made before it began: 1, the related cards' (made
    by the render workers of a cold build); 2, the source's without its word table (what an edit's few cards need)."""
    from generator import listings, load
    from generator.build import build

    made = (1 if listings._indexes else 0) + (2 if load.source_index.cache_info().currsize == 2 else 0)
    build(site_root, output, on_published=(lambda _: on_published(made)) if on_published else None, **options)
    return made


def indexes_made_ahead() -> dict[str, Any]:
    """A synthetic briefing big enough for worker processes (parallel.MIN_WORK), built cold, then after an edit."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    import synth

    folder = Path(tempfile.mkdtemp())
    site = synth.write_site(synth.make_site(parallel.MIN_WORK + 50), folder / "site")
    rebuilder = Rebuilder(indexes_ahead_build)
    try:
        seen: dict[str, Any] = {"cold": rebuilder(site, site / "output"), "workers": parallel.workers() > 1}
        card = sorted((site / "content").glob("*/*.yaml"))[5]
        card.write_text(card.read_text("utf-8").replace('title: "', 'title: "Edited ', 1), "utf-8")
        seen["edit"] = rebuilder(site, site / "output", changed=[card.relative_to(site).as_posix()])
        return seen
    finally:
        rebuilder.close()
        shutil.rmtree(folder)


def village_builds(answer: Callable[[Path], Any]) -> tuple[Path, Rebuilder, Callable[[list[str] | None], Any]]:
    """A copy of the village site, a Rebuilder, and `attempt(changed)`: a build told what the watcher reported
    since the last one, giving its problems, or `answer(output folder)`."""
    from generator.build import build
    from tests.conftest import copy_site

    site = copy_site("village", Path(tempfile.mkdtemp()))
    rebuilder = Rebuilder(build)

    def attempt(changed: list[str] | None) -> Any:
        try:
            rebuilder(site, site / "output", changed=changed)
        except SiteError as error:
            return [str(problem) for problem in error.problems]
        return answer(site / "output")

    return site, rebuilder, attempt


def _text_or_nothing(path: Path) -> str:
    """A file's text, or "" while it is missing."""
    try:
        return path.read_text("utf-8")
    except FileNotFoundError:
        return ""


def watched_builds() -> dict[str, Any]:
    """Builds of the village site, each told what the watcher reported since the last one."""
    def both_titles(output: Path) -> bool:
        text = (output / "politics/works-start/index.html").read_text("utf-8")
        return "Works to start" in text and "Works to begin" in text

    site, rebuilder, attempt = village_builds(both_titles)
    page = site / "output/politics/works-start/index.html"

    def edit(rel: str, old: str, new: str) -> None:
        path = site / rel
        path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")

    mayor, cost, works = "content/politics/mayor.yaml", "content/economy/cost.yaml", "content/politics/works-start.yaml"
    seen: dict[str, Any] = {}
    try:
        seen["first"] = attempt(None)
        edit(mayor, "title:", "titel:")
        seen["broken, reported"] = attempt([mayor])
        edit(cost, "The treasurer put", "The treasurer has put")
        seen["another file saved"] = attempt([cost])  # the failed build's report still counts
        edit(mayor, "titel:", "title:")
        seen["fixed"] = attempt([mayor])
        marker = site / ".generator-cache/output.previous/.generator-output"  # the spare output folder's
        for _ in range(500):  # listed by the child once it has answered and saved
            if surveyed := "Surveyed: " in _text_or_nothing(marker):  # (the survey removes the old marker first)
                break
            time.sleep(0.01)
        seen["spare surveyed"] = surveyed
        attempt([])  # (waits for the last build's save: an edit during it is read again, reported or not)
        edit(works, "title: Works to start in June", "title: Works to start in June. Works to begin")
        seen["unreported"] = attempt([cost])  # stats only what the watcher reported
        seen["everything checked"] = attempt(None)
        attempt([])
        edit(works, "Works to begin", "Works to begin (1)")
        subprocess.run([sys.executable, "-m", "generator", "build", "-q", "--site", str(site)], check=True)
        edit(works, "Works to begin (1)", "Works to begin (2)")  # unreported, after another process's build
        seen["after another build"] = attempt([cost])
        seen["seen there"] = "Works to begin (2)" in page.read_text("utf-8")
        attempt([])
        edit(works, "Works to begin (2)", "Works to begin (3)")
        subprocess.run([sys.executable, "-m", "generator", "build", "-q", "--site", str(site)], check=True)
        edit(mayor, "title:", "titel:")
        seen["broken after another build"] = attempt([mayor])
        edit(cost, "The treasurer has put", "The treasurer had put")
        seen["then another file saved"] = attempt([cost])  # the count since another process's build is unknown
        return seen
    finally:
        rebuilder.close()


def test_a_preview_build_stats_only_what_the_watcher_reported_since_the_build_that_saved_the_cache() -> None:
    seen = in_fresh_interpreter(watched_builds)
    assert seen["first"] is False
    problems = seen["broken, reported"]
    assert problems == ["content/politics/mayor.yaml:1:1: unknown key 'titel' (did you mean 'title'?)"]
    assert seen["another file saved"] == problems  # not the mayor card as the last good build had it
    assert seen["fixed"] is False and seen["spare surveyed"]
    assert seen["unreported"] is False  # the watcher saw no change to it
    assert seen["everything checked"] is True  # a build told nothing (the first, the last) stats every file
    assert seen["after another build"] is True and seen["seen there"]  # its cache is not this process's count
    assert seen["broken after another build"] == seen["then another file saved"] == problems


def listed_builds() -> dict[str, Any]:
    """Builds of the village site while card files come and go, told what the watcher reported."""
    site, rebuilder, attempt = village_builds(
        lambda output: sorted(page.parent.name for page in (output / "politics").glob("*/index.html")))
    output = site / "output"
    mayor = site / "content/politics/mayor.yaml"
    text = mayor.read_text("utf-8")
    seen: dict[str, Any] = {}
    try:
        seen["first"] = attempt(None)
        attempt([])
        (site / "content/politics/mayor-again.yaml").write_text(text.replace("The mayor", "Again"), "utf-8")
        seen["came, reported"] = attempt(["content/politics/mayor-again.yaml"])
        (site / "content/politics/mayor-third.yaml").write_text(text.replace("The mayor", "Third"), "utf-8")
        mayor.write_text(text.replace("welcomed", "praised"), "utf-8")
        seen["came, unreported"] = attempt(["content/politics/mayor.yaml"])  # the listing is taken again
        seen["edit seen"] = "praised" in (output / "politics/mayor/index.html").read_text("utf-8")
        seen["everything listed"] = attempt(None)
        attempt([])
        (site / "content/politics/mayor-again.yaml").unlink()
        seen["went, reported"] = attempt(["content/politics/mayor-again.yaml"])
        attempt([])
        config = site / "site.yaml"
        config.write_text(config.read_text("utf-8").replace("  - id: economy\n    label: Economy\n", ""), "utf-8")
        seen["category dropped"] = attempt(["site.yaml"])  # the same files: their categories are checked again
        return seen
    finally:
        rebuilder.close()


def test_a_preview_build_lists_the_site_again_only_when_the_watcher_saw_a_file_come_or_go() -> None:
    seen = in_fresh_interpreter(listed_builds)
    assert seen["first"] == ["council-vote", "mayor", "works-start"]
    assert seen["came, reported"] == ["council-vote", "mayor", "mayor-again", "works-start"]
    assert seen["came, unreported"] == seen["came, reported"] and seen["edit seen"]
    assert seen["everything listed"] == ["council-vote", "mayor", "mayor-again", "mayor-third", "works-start"]
    assert seen["went, reported"] == ["council-vote", "mayor", "mayor-third", "works-start"]
    assert seen["category dropped"] == [
        "content/economy:1:1: folder 'economy' is not a category in site.yaml (categories: politics): add it under "
        "categories: in site.yaml, as - {id: economy, label: Economy}, or move its cards into a category's folder",
        "content/politics/council-vote.yaml:4:10: summary links to '../../economy/cost/', which is no page of this "
        "site"]  # (a card of the other category links to the economy card: checked again, though not edited)


def test_the_answer_comes_once_the_site_is_published_and_the_next_build_waits_for_the_save() -> None:
    seen = in_fresh_interpreter(publish_then_save)
    assert seen["answer"] == 7 and not seen["saved before the answer"]
    assert seen["saved before the next build"] and seen["next"] == seen["child"]


def test_builds_run_in_a_child_that_may_fork_its_workers_and_errors_come_back_as_raised() -> None:
    seen = in_fresh_interpreter(builds_and_errors)
    assert seen["child"] and seen["child"] != seen["server"]
    assert seen["pid"] == [seen["child"], seen["child"]]  # the same process, build after build
    assert seen["can fork"] == [1]
    assert seen["problems"] == [("SiteError", ["content/a.yaml:3:1: unknown key 'tgas'",
                                               "content/b.yaml:1:1: missing required key 'title'"])]
    assert seen["usage"] == [("UsageError", "refusing to replace output/")]
    assert seen["os"] == [("OSError", "No space left on device")]
    assert seen["bug"] == [("BuildCrashed", "ValueError('a bug')")]
    assert seen["after the bug"] == seen["child"]  # still serving builds


def test_a_dead_child_leaves_the_builds_to_the_server() -> None:
    seen = in_fresh_interpreter(child_killed)
    assert seen["first"] == seen["child"] != seen["server"]
    assert seen["then"] == seen["server"]
    assert not seen["process kept"]


def test_the_child_ignores_ctrl_c_and_ends_with_the_pipe() -> None:
    seen = in_fresh_interpreter(ctrl_c_then_close)
    assert seen["first"] == seen["then"] == seen["child"]
    assert not seen["alive"] and seen["exit code"] == 0


def test_the_build_process_reads_the_kept_blocks_ahead_for_the_next_build() -> None:
    seen = in_fresh_interpreter(blocks_read_ahead)
    assert seen["first"] == 0  # nothing read before the first build
    assert seen["pages"] >= 5 and seen["edit"] == seen["files kept"]  # every listing page's files, once it was out
    assert seen["as a cold build"] and seen["edited"]


def test_the_build_process_makes_the_indexes_an_edit_needs_after_a_cold_build() -> None:
    """After a cold build (its card pages rendered by workers) the first save's build made both: ~60 ms of the first
    save's ~280 at 5,000 cards, against ~200 for the next."""
    seen = in_fresh_interpreter(indexes_made_ahead)
    assert seen["cold"] == 0
    assert seen["edit"] == 3 or not seen["workers"]


def test_the_build_process_collects_the_last_build_s_cycles_unless_the_next_build_waits() -> None:
    """The preview's build process grew ~6 MB a save (116 -> 694 MB over 100 at 5,000 cards): a build's objects, once
    unfrozen into the oldest generation, were seldom scanned. Between builds they are collected; not while the next
    build waits (it comes first)."""
    import gc
    import weakref

    from generator.rebuild import collect_unless_asked

    class Node:
        pass

    ours, theirs = multiprocessing.Pipe()
    try:
        for asked in (True, False):
            node = Node()
            node.self = node  # type: ignore[attr-defined]  # a reference cycle, as a build leaves them
            alive = weakref.ref(node)
            del node
            gc.freeze()  # (as a build does, then unfreezes into the oldest generation)
            gc.unfreeze()
            if asked:
                theirs.send("build")
            collect_unless_asked(ours)
            assert (alive() is not None) is asked
            if asked:
                ours.recv()
                gc.collect()
    finally:
        ours.close()
        theirs.close()


def test_a_bug_in_a_saved_card_s_check_is_said_and_the_process_goes_on(harbour: Path, monkeypatch: Any) -> None:
    """The preview's build process died (a traceback) when a check of the saved card raised: it says so instead."""
    import logging

    from generator import namechecks
    from generator.rebuild import print_warnings

    def broken(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError("a check's bug")

    monkeypatch.setattr(namechecks, "unnamed_name_warnings", broken)
    records: list[logging.LogRecord] = []  # (a handler of its own: pytest 9's caplog, with main()'s logging set
    handler = logging.Handler(logging.WARNING)  # up by earlier tests, counted the record twice)
    handler.emit = records.append  # type: ignore[method-assign,assignment]
    logger = logging.getLogger("generator")
    monkeypatch.setattr(logger, "level", logging.INFO)
    logger.addHandler(handler)
    try:
        print_warnings(harbour, ["content/port/dredging.yaml"])
    finally:
        logger.removeHandler(handler)
    assert [record.getMessage() for record in records] == [
        "the saved cards could not be checked (a bug: RuntimeError(\"a check's bug\")): python -m generator check -v "
        "says more"]


def test_the_build_process_reads_the_source_ahead_of_the_first_saved_cards_warnings(harbour: Path) -> None:
    """The first save's warnings read the source (~0.8 s at 5,000 cards), and a save made meanwhile waited for them:
    its reload came ~0.5 s late. The build process reads it after its first build, unless a build is asked for."""
    from generator import editorial, namechecks
    from generator.rebuild import print_warnings, read_source_unless_asked

    kept = (namechecks._spellings, editorial.source_words)  # (most of the 0.8 s: the names and words of the source)
    for function in kept:
        function.cache_clear()
    ours, theirs = multiprocessing.Pipe()
    try:
        theirs.send("build")
        assert not read_source_unless_asked(ours, harbour)  # the build comes first
        assert [function.cache_info().currsize for function in kept] == [0, 0]
        ours.recv()
        assert read_source_unless_asked(ours, harbour)
        assert all(function.cache_info().currsize for function in kept)
        misses = [function.cache_info().misses for function in kept]
        print_warnings(harbour, ["content/port/dredging.yaml"])  # a card it did not read ahead with
        assert [function.cache_info().misses for function in kept] == misses  # nothing of the source read again
    finally:
        ours.close()
        theirs.close()

"""Writing the output: atomic replacement, no stale files, and refusing folders it did not make."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import write
from generator.cli import main
from generator.errors import UsageError
from generator.outputfolder import check_output
from generator.spare import survey
from generator.write import MARKER, MARKER_TEXT, safe_relative, write_site
from tests.conftest import ROOT, build
from tests.test_invalid import tree_digest


def test_write_creates_tree_with_marker(tmp_path: Path) -> None:
    out = tmp_path / "output"
    write_site({"index.html": b"a", "x/y/index.html": b"b"}, out)
    assert (out / "index.html").read_bytes() == b"a"
    assert (out / "x/y/index.html").read_bytes() == b"b"
    assert (out / MARKER).is_file()


def test_folders_are_made_in_any_order_pages_come_in(tmp_path: Path) -> None:
    pages = {"a/b/c/index.html": b"1", "a/index.html": b"2", "a/b/index.html": b"3", "a/d/index.html": b"4",
             "x/index.html": b"5", "x/y/z/w/index.html": b"6", "index.html": b"7"}
    write_site(iter(pages.items()), tmp_path / "output")  # as a stream: no mapping to sort
    assert {p.relative_to(tmp_path / "output").as_posix(): p.read_bytes()
            for p in (tmp_path / "output").rglob("*.html")} == pages


def test_a_file_is_written_with_the_usual_permissions(tmp_path: Path) -> None:
    write_site({"index.html": b"a"}, tmp_path / "output")
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "output/index.html").stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize(("first", "then"), [(0o022, 0o077), (0o077, 0o022)])
def test_a_rebuild_under_another_umask_gives_its_files_a_cold_build_s_modes(village_site: Path, tmp_path: Path,
                                                                             first: int, then: int) -> None:
    """Unchanged pages were linked from the last site and kept its modes: under 077 after 022, 22 files 0644 and 7
    0600; the other way round, 0600 pages in 0755 folders, which a web server running as another user cannot read."""
    def modes(folder: Path) -> dict[str, int]:
        return {p.relative_to(folder).as_posix(): p.stat().st_mode & 0o777 for p in sorted(folder.rglob("*"))}

    old = os.umask(first)
    try:
        for _ in range(2):  # (the second: a spare folder to update)
            assert main(["build", "--site", str(village_site), "-q"]) == 0
        os.umask(then)  # nothing changed, but the umask (a site a web server as another user could not read)
        assert main(["build", "--site", str(village_site), "-q"]) == 0
        assert main(["build", "--site", str(village_site), "-q", "--no-cache", "--output", str(tmp_path / "cold")]) == 0
        assert modes(village_site / "output") == modes(tmp_path / "cold")
        os.umask(first)
        assert main(["build", "--site", str(village_site), "-q"]) == 0
        card = village_site / "content/politics/mayor.yaml"
        card.write_text(card.read_text("utf-8") + "# an edit\n", "utf-8")
        os.umask(then)
        for _ in range(2):  # (the second: the umask now the site's)
            assert main(["build", "--site", str(village_site), "-q"]) == 0
            assert main(["build", "--site", str(village_site), "-q", "--no-cache", "--output",
                         str(tmp_path / "cold")]) == 0
            assert modes(village_site / "output") == modes(tmp_path / "cold")
    finally:
        os.umask(old)
    assert {mode for mode in modes(tmp_path / "cold").values()} == {0o666 & ~then, 0o777 & ~then}


@pytest.mark.parametrize("mask", [0o022, 0o027])
def test_the_output_folder_has_the_mode_mkdir_gives_whether_made_anew_or_updated(village_site: Path, mask: int) -> None:
    """It was 0700 (tempfile.mkdtemp's), whatever the umask: a web server running as another user could not read it."""
    from generator.cache import spare_of

    output = village_site / "output"
    old = os.umask(mask)
    try:
        for step in ("cold", "updated", "older version's 0700 spare"):
            if step == "older version's 0700 spare":
                spare_of(output).chmod(0o700)
            card = village_site / "content/politics/mayor.yaml"
            card.write_text(card.read_text("utf-8") + f"# {step}\n", "utf-8")  # a change: the site is written
            assert main(["build", "--site", str(village_site), "-q"]) == 0
            assert spare_of(output).is_dir() or step == "cold"
            assert (step, output.stat().st_mode & 0o777) == (step, 0o777 & ~mask)
            assert {p.stat().st_mode & 0o777 for p in output.rglob("*") if p.is_dir()} == {0o777 & ~mask}
    finally:
        os.umask(old)
    assert not list(village_site.glob(".output.tmp-*"))


def test_rewrite_removes_stale_files_and_leaves_no_staging(tmp_path: Path) -> None:
    out = tmp_path / "output"
    write_site({"index.html": b"a", "old/index.html": b"old"}, out)
    write_site({"index.html": b"new"}, out)
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*")) == [MARKER, "index.html"]
    assert (out / "index.html").read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


@pytest.mark.parametrize("rel", ["../escape.html", "/etc/passwd", "a/../../b", "", "a\\..\\b"])
def test_paths_cannot_escape(rel: str) -> None:
    with pytest.raises(UsageError):
        safe_relative(rel)


def test_failed_write_keeps_previous_output(tmp_path: Path) -> None:
    out = tmp_path / "output"
    write_site({"index.html": b"good"}, out)
    with pytest.raises(UsageError):
        write_site({"index.html": b"bad", "../x": b"escape"}, out)
    assert (out / "index.html").read_bytes() == b"good"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def refusal(site: Path, output: Path) -> str:
    with pytest.raises(UsageError) as info:
        check_output(site, output)
    return str(info.value)


def test_refuses_dangerous_output_folders(village_site: Path, tmp_path: Path) -> None:
    site = village_site
    assert refusal(site, site) == f"refusing to use {site} as the output folder: it holds the site folder {site}"
    assert refusal(site, site.parent).endswith(f"it holds the site folder {site}")
    assert refusal(site, site / "content" / "out") == (
        f"refusing to use {site / 'content' / 'out'} as the output folder: it is inside content/")
    assert refusal(site, site / "templates").endswith("it is inside templates/")
    assert refusal(site, Path("/")) == "refusing to use / as the output folder: it is the root folder"
    assert refusal(site, Path.home()).endswith("it is your home folder")
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    assert refusal(site, precious) == (
        f"refusing to replace {precious}: it is not empty and was not made by the generator "
        f"(no {MARKER} file); choose another --output or empty it yourself")
    (tmp_path / "file").write_text("x")
    assert refusal(site, tmp_path / "file").endswith("it is a file")
    assert refusal(site, tmp_path / "file" / "out" / "x") == (  # (was the system's "file: File exists")
        f"cannot make {tmp_path / 'file' / 'out' / 'x'} as the output folder: {tmp_path / 'file'} is a file, not a folder")
    long = tmp_path / ("b" * 201)  # (the staging folder beside it, 23 bytes longer, had "File name too long",
    assert refusal(site, long) == (  # blaming the parent)
        "the output folder's name is 201 bytes long: at most 200 (the build keeps files named after it beside it): "
        "choose a shorter --output")
    assert refusal(site, tmp_path / ("é" * 101)).startswith("the output folder's name is 202 bytes long")  # (UTF-8)
    for inside in (site / ".generator-cache", site / ".generator-cache" / "site"):
        assert refusal(site, inside) == (
            f"refusing to use {inside} as the output folder: it is inside a build cache (.generator-cache/)")


def test_an_output_folder_linked_to_nothing_is_refused(village_site: Path, tmp_path: Path) -> None:
    """`output -> /media/usb/briefing`, the drive not mounted: the build made /media/usb/briefing on the disk."""
    gone = tmp_path / "media" / "usb" / "briefing"
    (village_site / "output").symlink_to(gone)
    assert refusal(village_site, village_site / "output") == (
        f"refusing to use {village_site / 'output'} as the output folder: it is a link to {gone}, which does not "
        "exist; make that folder, or remove the link")
    assert not (tmp_path / "media").exists()


def test_an_output_folder_given_as_a_link_is_built_where_it_points(village_site: Path, tmp_path: Path) -> None:
    """The build replaces the folder at its path: given a link, it would put a folder in the link's place."""
    target = tmp_path / "www" / "briefing"
    target.mkdir(parents=True)
    link = village_site / "public"
    link.symlink_to(target)
    for _ in range(2):
        assert build(village_site, "--output", str(link)) == 0
        assert link.is_symlink() and (target / "index.html").is_file() and (target / MARKER).is_file()
    assert sorted(p.name for p in (tmp_path / "www").iterdir()) == [".generator-cache", "briefing"]


def test_cli_refusal_loses_nothing(village_site: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me")
    assert build(village_site, "--output", str(precious)) == 1
    assert (precious / "notes.txt").read_text() == "keep me"
    assert capsys.readouterr().err.startswith(f"error: refusing to replace {precious}")


def test_empty_existing_folder_is_accepted(village_site: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert build(village_site, "--output", str(empty)) == 0
    assert (empty / "index.html").is_file()


def test_kill_during_write_leaves_previous_output_complete(tmp_path: Path) -> None:
    """A build killed with SIGKILL while writing leaves the old site whole; the next build cleans up."""
    out = tmp_path / "output"
    write_site({f"p{i}/index.html": b"old" for i in range(50)}, out)
    before = tree_digest(out)
    script = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from generator.write import write_site
        pages = {{f"n{{i}}/index.html": b"x" * 2000 for i in range(200000)}}
        write_site(pages, Path({str(out)!r}))
    """)
    child = subprocess.Popen([sys.executable, "-c", script])
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            # (not the probe write.py makes, and removes at once, to learn a new folder's mode: ".output.tmp-mode-…")
            staging = [path for path in tmp_path.glob(".output.tmp-*") if not path.name.startswith(".output.tmp-mode-")]
            with contextlib.suppress(FileNotFoundError):
                if staging and len(list(staging[0].iterdir())) > 100:
                    break
            time.sleep(0.01)
        else:
            pytest.fail("the writer never started writing")
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert child.returncode == -signal.SIGKILL
    assert tree_digest(out) == before
    write_site({"index.html": b"new"}, out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["output"]


def test_pages_can_arrive_one_at_a_time(tmp_path: Path) -> None:
    out = tmp_path / "output"
    assert write_site(((f"p{i}/index.html", b"%d" % i) for i in range(3)), out) == 3
    assert (out / "p2/index.html").read_bytes() == b"2"


def test_two_files_for_one_path_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "output"
    write_site({"index.html": b"good"}, out)
    with pytest.raises(ValueError, match=r"two files for 'a\.html'"):
        write_site(iter([("a.html", b"1"), ("a.html", b"2")]), out)
    assert (out / "index.html").read_bytes() == b"good"


def test_updating_the_spare_folder_swaps_files_and_folders(tmp_path: Path) -> None:
    """The spare folder holds the build before last: a page may now need a folder where it has a file."""
    out, spare = tmp_path / "output", tmp_path / "spare"
    builds = [
        {"a": b"1", "keep/index.html": b"k"},
        {"b/index.html": b"2"},
        {"a/index.html": b"3", "keep/index.html": b"k"},  # updates the spare {a, keep/}: file a becomes folder a/
        {"x/y/z/index.html": b"4"},  # updates {b/}
        {"a": b"5"},  # updates {a/, keep/}: folder a/ becomes file a, keep/ goes
    ]
    for pages in builds:
        write_site(iter(pages.items()), out, spare=spare)
        found = {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()}
        assert found == {**pages, MARKER: found[MARKER]}
        assert {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir()} == {
            str(parent) for rel in pages for parent in Path(rel).parents if str(parent) != "."}


def site_files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_a_survey_makes_the_spare_folder_a_linked_copy_of_the_site_and_spares_its_listing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, spare = tmp_path / "output", tmp_path / "spare"
    for pages in ({"a/index.html": b"1", "b/index.html": b"2"}, {"a/index.html": b"3", "c/x/index.html": b"4"}):
        write_site(iter(pages.items()), out, spare=spare)
    (out / "stray.html").write_text("a file a person put there", "utf-8")
    (out / "link.html").symlink_to(out / "a/index.html")
    surveyed = survey(spare, out)  # the spare held the first build (a/, b/)
    assert surveyed is not None and (out / "link.html").is_symlink()  # the live site is only read
    assert set(surveyed.files) == {"a/index.html", "c/x/index.html", "stray.html"} and surveyed.folders == {"a", "c", "c/x"}
    for rel, ino in surveyed.files.items():
        assert (spare / rel).stat().st_ino == (out / rel).stat().st_ino == ino  # the very files, linked
    assert not (spare / "b").exists() and not (spare / "link.html").exists()
    assert (spare / MARKER).read_text("utf-8").startswith(MARKER_TEXT + "Surveyed: ")

    def no_listing(*args: object) -> None:
        raise AssertionError("listed again")

    monkeypatch.setattr(write, "_scan", no_listing)
    kept = (out / "a/index.html").stat().st_ino
    pages = {"a/index.html": b"3", "d/index.html": b"6"}  # a/ as it was (a page the cache takes as it is)
    write_site(iter(pages.items()), out, spare=spare, surveyed=surveyed, keep=lambda rel, data: out / rel)
    assert site_files(out) == {**pages, MARKER: MARKER_TEXT.encode()}  # c/ and the stray file went; no mark
    assert (out / "a/index.html").stat().st_ino == kept


def test_a_survey_is_not_used_once_a_build_changed_the_folder(tmp_path: Path) -> None:
    out, spare = tmp_path / "output", tmp_path / "spare"
    for pages in ({"a/index.html": b"1"}, {"b/index.html": b"2"}):
        write_site(iter(pages.items()), out, spare=spare)
    surveyed = survey(spare, out)
    assert surveyed is not None

    def failing() -> Iterator[tuple[str, bytes]]:
        yield "stray/index.html", b"from a build that failed"
        raise RuntimeError("a template error")

    with pytest.raises(RuntimeError):
        write_site(failing(), out, spare=spare)  # it updated the spare, then failed: the output is as it was
    assert site_files(out) == {"b/index.html": b"2", MARKER: MARKER_TEXT.encode()}
    assert (spare / "stray/index.html").exists() and not (spare / MARKER).exists()
    pages = {"c/index.html": b"3"}
    write_site(iter(pages.items()), out, spare=spare, surveyed=surveyed)  # listed again: the stray page goes
    assert site_files(out) == {**pages, MARKER: MARKER_TEXT.encode()}
    assert survey(tmp_path / "no cache" / "spare", out) is None  # (its folder gone: the cache deleted)


def test_a_survey_after_a_first_build_makes_the_spare_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first build replaces no site, so it leaves no spare: the preview's first save copied every page afresh
    (~90 ms more at 5,000 cards). The survey after it makes the spare, and the next build updates it."""
    out, spare = tmp_path / "output", tmp_path / "spare"
    write_site({"a/index.html": b"1", "b/c/index.html": b"2"}, out, spare=spare)
    assert not spare.exists()
    surveyed = survey(spare, out)
    assert surveyed is not None and set(surveyed.files) == {"a/index.html", "b/c/index.html"}
    assert all((spare / rel).stat().st_ino == (out / rel).stat().st_ino for rel in surveyed.files)
    monkeypatch.setattr(write, "_scan", lambda *args: pytest.fail("listed again"))
    first = (out / "a/index.html").stat().st_ino
    pages = {"a/index.html": b"1", "b/c/index.html": b"3"}  # a/ as it was (a page the cache takes as it is)
    write_site(iter(pages.items()), out, spare=spare, surveyed=surveyed,
               keep=lambda rel, data: out / rel if rel == "a/index.html" else None)
    assert site_files(out) == {**pages, MARKER: MARKER_TEXT.encode()} and (out / "a/index.html").stat().st_ino == first
    assert site_files(spare) == {"a/index.html": b"1", "b/c/index.html": b"2", MARKER: MARKER_TEXT.encode()}


LOCK_HOLDER = """
import sys, time
from pathlib import Path
from generator.spare import locked
with locked(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def test_builds_writing_beside_one_output_take_turns(tmp_path: Path) -> None:
    """A build (or a survey) in another process holds the lock: a build waits for it, a survey gives up."""
    out, spare = tmp_path / "output", tmp_path / "spare"
    write_site({"a/index.html": b"1"}, out, spare=spare)
    write_site({"a/index.html": b"2"}, out, spare=spare)
    holder = subprocess.Popen([sys.executable, "-c", LOCK_HOLDER, str(tmp_path), "1.0"], cwd=ROOT,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        assert survey(spare, out) is None
        started = time.perf_counter()
        write_site({"a/index.html": b"3"}, out, spare=spare)
        waited = time.perf_counter() - started
    finally:
        holder.wait(10)
    assert waited > 0.5 and site_files(out)["a/index.html"] == b"3"
    assert survey(spare, out) is not None  # free again


def test_two_folders_swap_in_one_step(tmp_path: Path) -> None:
    """Linux's renameat2(RENAME_EXCHANGE), found in the C library the process already has loaded."""
    from generator.write import _exchange

    (tmp_path / "new").mkdir()
    (tmp_path / "new/page.html").write_text("new", "utf-8")
    (tmp_path / "live").mkdir()
    (tmp_path / "live/page.html").write_text("old", "utf-8")
    assert _exchange(tmp_path / "new", tmp_path / "live") is True
    assert (tmp_path / "live/page.html").read_text("utf-8") == "new"
    assert (tmp_path / "new/page.html").read_text("utf-8") == "old"


def test_a_read_only_output_folder_is_replaced_with_nothing_left_beside_it(village_site: Path) -> None:
    """`chmod a-w output`: one build left a hidden copy of the old site beside it (it could not move nor be emptied),
    the next failed with "Permission denied". (As root, run without the capability that overrides permissions.)"""
    import shutil

    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--"] if os.geteuid() == 0 else []
    if prefix and shutil.which("setpriv") is None:
        pytest.skip("needs setpriv to drop root's override of permissions")
    output = village_site / "output"
    card = village_site / "content/politics/mayor.yaml"
    text = card.read_text("utf-8")
    for step in range(5):  # a cold build's output, then with a spare folder to update; its folders too (chmod -R),
        if step in (1, 2, 3):  # and the build after that, which updates that read-only tree as its spare
            for folder in [output, *(p for p in output.rglob("*") if p.is_dir())] if step == 3 else [output]:
                folder.chmod(0o555)
        if step:
            card.write_text(text.replace('next century"\n', f'next century # {step}"\n'), "utf-8")  # (the title)
        done = subprocess.run([*prefix, sys.executable, "-m", "generator", "build", "--site", str(village_site), "-q"],
                              cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert (done.returncode, done.stderr) == (0, ""), step
        assert sorted(p.name for p in village_site.iterdir() if p.name.startswith(".output")) == [], step
        assert f"# {step}" in (output / "politics/mayor/index.html").read_text("utf-8") or not step


def test_refuses_a_build_cache_that_is_or_holds_a_link(village_site: Path, tmp_path: Path) -> None:
    """A cache committed with a site: `.generator-cache/output.fragments` linked to `../..` made a build empty the
    folder above the site (its kept blocks' folder is emptied of other pages' files); a linked cache, its files."""
    site, precious = village_site, tmp_path / "precious"
    precious.mkdir()
    (precious / "thesis.txt").write_text("years of work")
    cache = site / ".generator-cache"
    cache.mkdir()
    for name in ("output.fragments", "output.cards", "output.previous", "output.files.pickle"):
        (cache / name).symlink_to(precious)
        assert refusal(site, site / "output") == (
            f"refusing to use the build cache {cache}: it holds .generator-cache/{name}, which is a link (the "
            "generator makes none): remove the cache's folder, which the next build makes again")
        (cache / name).unlink()
    (cache / "output.fragments" / "0123.runs").mkdir(parents=True)
    (cache / "output.fragments" / "0123.runs" / "7").symlink_to(precious / "thesis.txt")
    assert "it holds .generator-cache/output.fragments/0123.runs/7, which is a link" in refusal(site, site / "output")
    shutil.rmtree(cache)
    cache.symlink_to(precious)
    assert refusal(site, site / "output") == (
        f"refusing to use the build cache {cache}: it is a link (the generator keeps a folder of its own there, "
        "beside the output): remove it, or build with --output elsewhere")
    cache.unlink()
    (cache / "other.fragments").mkdir(parents=True)
    (cache / "other.fragments" / "x").symlink_to(precious)  # another output's: its own build refuses it
    check_output(site, site / "output")
    assert (precious / "thesis.txt").read_text() == "years of work"


def test_refuses_templates_as_the_output_through_a_link(village_site: Path, tmp_path: Path) -> None:
    """templates/ linked to a shared folder: `--output templates` was taken, and the next build read the built
    pages as templates (a card's title `{{ ... }}` then ran)."""
    shared = tmp_path / "shared-templates"
    (shared / "assets").mkdir(parents=True)
    shutil.rmtree(village_site / "templates", ignore_errors=True)
    (village_site / "templates").symlink_to(shared)
    for output in (village_site / "templates", village_site / "templates" / "assets", shared / "out"):
        assert refusal(village_site, output).endswith("it is inside templates/")
    (village_site / "templates").unlink()
    (village_site / "templates").symlink_to(village_site / "templates")  # a loop: the load says so ('a bug')
    check_output(village_site, village_site / "output")


def test_a_build_cache_another_user_owns_is_passed_over(village_site: Path) -> None:
    """A cache folder this user may not read (a copy made by another user, a shared checkout): `build` stopped with
    'error: .generator-cache/output.previous: Permission denied', where --no-cache built."""
    import shutil

    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        pytest.skip("needs root (to give the cache to another user) and setpriv (to build as if not root)")
    command = ["setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner", "--", sys.executable, "-m",
               "generator", "build", "--site", str(village_site), "-q"]
    assert subprocess.run(command, cwd=ROOT, timeout=120, check=False).returncode == 0
    cache = village_site / ".generator-cache"
    for path in [cache, *cache.rglob("*")]:
        os.chown(path, 65534, 65534, follow_symlinks=False)
    cache.chmod(0o700)
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert "could not save the build cache" in done.stderr and (village_site / "output/index.html").is_file()


def test_a_full_disk_is_said_with_the_file_it_stopped_at(village_site: Path, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """"error: No space left on device" said nothing of where (write() names no file)."""
    small = tmp_path / "small"
    small.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(small)], capture_output=True).returncode:
        pytest.skip("no tmpfs can be mounted here (not root, or in a container that forbids it)")
    try:
        assert main(["build", "--site", str(village_site), "--output", str(small / "out"), "-q"]) == 1
        said = capsys.readouterr().err
        assert said.startswith(f"error: {small}/.out.tmp-") and said.endswith(": No space left on device\n"), said
        assert not (small / "out").exists()
    finally:
        subprocess.run(["umount", str(small)], check=True)

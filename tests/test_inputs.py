"""inputs.py: the listing of a site's input files, and which files a build reads again (stat, watcher)."""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path

from generator.inputs import RACY_NS, Inputs, Listing, files

LATER = 10 * RACY_NS  # a `hashed_at` this far ahead trusts every recorded stat (no racy window)


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def sha(root: Path, rel: str) -> str:
    return hashlib.sha256((root / rel).read_bytes()).hexdigest()[:32]


def a_site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    for rel in ("site.yaml", "article.txt", "content/source.md", "content/a/x.yaml", "content/a/y.yaml",
                "content/b/z.yaml", "content/b/deeper/w.yaml", "templates/base.html", "templates/partials/p.html"):
        write(root, rel, f"{rel}\n")
    return root


def recorded(root: Path) -> Inputs:
    """Every input digested, as a build long ago would have (its stats are trusted)."""
    inputs = Inputs(root, {}, 0)
    inputs.begin("article.txt")
    return inputs


def old_walk(root: Path, source_file: str) -> list[str]:
    """The listing as os.walk makes it, following links once per folder (but not out of content/), each folder
    named before its files."""
    found = ["site.yaml"]
    for name in ("content", "templates"):
        seen: set[tuple[int, int]] = set()
        for folder, dirs, names in os.walk(root / name, followlinks=True):
            base = Path(folder).relative_to(root).as_posix()
            if base != name:
                found.append(f"{base}/")
            stat = os.stat(folder)
            if (stat.st_dev, stat.st_ino) in seen:
                dirs.clear()
                continue
            seen.add((stat.st_dev, stat.st_ino))
            out = [d for d in dirs if name == "content" and (Path(folder) / d).is_symlink()
                   and not (Path(folder) / d).resolve().is_relative_to(root.resolve())]
            dirs[:] = sorted(d for d in dirs if d not in out)
            found += [f"{base}/{file}" for file in sorted([*names, *out])]
    if source_file and not source_file.startswith(("content/", "templates/")):
        found.append(source_file)
    return found


def test_the_listing_is_os_walks_and_names_the_links_it_follows(tmp_path: Path) -> None:
    root = a_site(tmp_path)
    outside = tmp_path / "elsewhere"
    write(outside, "v.yaml", "v\n")
    (root / "content/a/linked.yaml").symlink_to(outside / "v.yaml")
    (root / "content/b/loop").symlink_to(root / "content")  # back up the tree: listed once
    (root / "templates/extra").symlink_to(outside)
    (root / "content/b/out").symlink_to(outside)  # listed, not walked (ln -s / walked the whole file system)
    links: list[str] = []
    listed = list(files(root, "../article.txt", links))
    assert listed == old_walk(root, "../article.txt")
    assert "content/a/linked.yaml" in listed and "templates/extra/v.yaml" in listed and listed[-1] == "../article.txt"
    assert "content/b/out" in listed and "content/b/out/v.yaml" not in listed and "content/b/deeper/" in listed
    assert sorted(links) == ["content/a/linked.yaml", "content/b/loop", "content/b/out", "templates/extra"]
    none: list[str] = []
    assert list(files(a_site(tmp_path / "plain"), "content/source.md", none)) and none == []


def test_a_watcher_report_leaves_the_other_files_as_recorded(tmp_path: Path) -> None:
    root = a_site(tmp_path)
    before = recorded(root)
    for rel in ("content/a/x.yaml", "content/a/y.yaml", "content/b/deeper/w.yaml", "templates/base.html",
                "site.yaml", "article.txt"):
        write(root, rel, "changed, and longer than before\n")
    write(root, "content/a/new.yaml", "new\n")
    inputs = Inputs(root, before.stats, time.time_ns() + LATER, reported={"content/a/x.yaml", "content/b"})
    inputs.begin("article.txt")
    now = {rel: sha(root, rel) for rel in inputs.listed or () if not rel.endswith("/")}  # (files, not folders)
    read_again = {rel for rel, value in inputs.digests.items() if value == now.get(rel) != before.digests.get(rel)}
    # reported: the file, and everything under a reported folder; never trusted: site.yaml and a source
    # article outside content/ (the watcher may not see it), and a file no build recorded
    assert read_again == {"content/a/x.yaml", "content/b/deeper/w.yaml", "site.yaml", "article.txt",
                          "content/a/new.yaml"}
    # taken as recorded, without a stat: what the watcher did not report
    assert inputs.digests["content/a/y.yaml"] == before.digests["content/a/y.yaml"] != now["content/a/y.yaml"]
    assert inputs.digests["templates/base.html"] == before.digests["templates/base.html"]
    assert inputs.stats["content/a/y.yaml"] == before.stats["content/a/y.yaml"]  # handed on as it was

    everything = Inputs(root, before.stats, time.time_ns() + LATER)  # no report: every file is statted
    everything.begin("article.txt")
    folders = {rel: "not a file: 16384" for rel in ("content/a/", "content/b/", "content/b/deeper/",
                                                     "templates/partials/")}  # listed (one that comes is a change)
    assert everything.digests == {**now, **folders}


def test_a_watched_build_takes_the_last_listing_again_while_no_file_came_or_went(tmp_path: Path) -> None:
    root = a_site(tmp_path)
    before = recorded(root)
    assert before.listed is not None and before.relisted
    cards = (("a", "b"), [("a", "content/a/x.yaml"), ("a", "content/a/y.yaml"), ("b", "content/b/z.yaml")])
    listing = Listing("generation", "article.txt", before.listed, frozenset(before.listed), cards)

    def again(reported: set[str] | None, source_file: str = "article.txt") -> Inputs:
        inputs = Inputs(root, before.stats, time.time_ns() + LATER, reported, listing)
        inputs.begin(source_file)
        assert inputs.relisted == (inputs.listed is not listing.files)
        assert inputs.listed == old_walk(root, source_file)  # either way, the files as they are now
        return inputs

    write(root, "content/a/x.yaml", "edited\n")
    write(root, "site.yaml", "edited\n")
    edit = again({"content/a/x.yaml", "site.yaml"})
    assert not edit.relisted and edit.digests["content/a/x.yaml"] == sha(root, "content/a/x.yaml")
    assert edit.card_files(("a", "b")) is cards[1] and edit.card_files(("a",)) is None  # categories changed
    assert not again(set()).relisted
    assert again(None).relisted  # no report: everything is listed and statted
    assert again({"content/a/x.yaml"}, source_file="content/source.md").relisted  # another source article
    write(root, "content/a/new.yaml", "new\n")  # a file came: the watcher reports it
    came = again({"content/a/new.yaml"})
    assert came.relisted and came.card_files(("a", "b")) is None
    os.unlink(root / "content/a/new.yaml")
    os.unlink(root / "content/a/y.yaml")  # one went
    assert again({"content/a/y.yaml"}).relisted
    write(root, "content/a/y.yaml", "content/a/y.yaml\n")
    shutil.move(root / "content/b/deeper", root / "content/b/moved")  # a folder moved: both names reported
    assert again({"content/b/deeper", "content/b/moved"}).relisted
    shutil.move(root / "content/b/moved", root / "content/b/deeper")
    os.unlink(root / "content/b/z.yaml")
    (root / "content/b/z.yaml").mkdir()  # a file that is now a folder
    assert again({"content/b/z.yaml"}).relisted
    (root / "content/b/z.yaml").rmdir()
    (root / "content/b/z.yaml").symlink_to(root / "article.txt")  # or a link
    assert again({"content/b/z.yaml"}).relisted


def test_a_link_among_the_inputs_turns_the_report_off(tmp_path: Path) -> None:
    root = a_site(tmp_path)
    write(tmp_path, "elsewhere/v.yaml", "v\n")
    (root / "content/a/linked.yaml").symlink_to(tmp_path / "elsewhere/v.yaml")  # its edits are not watched
    before = recorded(root)
    write(tmp_path, "elsewhere/v.yaml", "v, edited where no watcher looks\n")
    write(root, "content/a/y.yaml", "changed, and longer than before\n")
    inputs = Inputs(root, before.stats, time.time_ns() + LATER, reported=set())
    inputs.begin("article.txt")
    assert inputs.reported is None
    assert inputs.digests["content/a/linked.yaml"] == sha(root, "content/a/linked.yaml")
    assert inputs.digests["content/a/y.yaml"] == sha(root, "content/a/y.yaml")


def test_a_file_changed_during_the_build_is_read_by_the_next_one_even_unreported(tmp_path: Path) -> None:
    root = a_site(tmp_path)
    during = recorded(root)
    assert not during.forget_changed()
    write(root, "content/a/y.yaml", "saved while the build ran\n")
    assert during.forget_changed()
    assert "content/a/y.yaml" not in during.stats and "content/a/x.yaml" in during.stats
    inputs = Inputs(root, during.stats, time.time_ns() + LATER, reported=set())
    inputs.begin("article.txt")
    assert inputs.digests["content/a/y.yaml"] == sha(root, "content/a/y.yaml")


def test_a_command_line_build_stats_again_only_the_files_it_reads_twice(tmp_path: Path) -> None:
    """site.yaml, the source (also when it is under content/) and templates; card files are compared as they load."""
    root = a_site(tmp_path)
    for source in ("article.txt", "content/source.md"):
        during = Inputs(root, {}, 0)
        during.begin(source)
        for rel in ("site.yaml", "article.txt", "content/source.md", "templates/partials/p.html", "content/a/x.yaml"):
            write(root, rel, f"{rel} saved while the build ran, for {source}\n")
        assert during.forget_changed(every=False, source_file=source)
        assert sorted(set(during.digests) - set(during.stats)) == sorted(
            ["site.yaml", source, "templates/partials/p.html"])  # content/a/x.yaml: not statted, still recorded


def test_what_is_no_regular_file_or_too_big_is_known_by_its_stat_not_read(tmp_path: Path) -> None:
    import stat

    from generator.inputs import HASHED_BYTES

    root = a_site(tmp_path)
    with open(root / "templates/huge.bin", "wb") as file:  # sparse: nothing written
        file.truncate(HASHED_BYTES + 1)
    (root / "content/a/zero.yaml").symlink_to("/dev/zero")  # read whole, it never ended
    os.mkfifo(root / "content/a/pipe.yaml")  # read, it waited for a writer
    inputs = Inputs(root, {}, 0)
    inputs.begin("article.txt")
    assert inputs.digests["templates/huge.bin"].startswith("large: ")
    assert inputs.digests["content/a/zero.yaml"] == f"not a file: {stat.S_IFCHR}"
    assert inputs.digests["content/a/pipe.yaml"] == f"not a file: {stat.S_IFIFO}"

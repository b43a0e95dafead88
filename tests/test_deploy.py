"""`python -m generator deploy`: real git, a local bare repository as the remote, no mocks."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import ROOT, SITES, copy_site
from tests.html_tree import parse
from tests.linkcheck import check_pages, fetch, serve_under

AUTHOR = ("Dee Ployer", "dee@example.org")
FIRST_SUBJECT = "Village briefing: first cards"


def git(cwd: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"git {' '.join(args)}: {done.stderr}"
    return done.stdout.strip()


@dataclass
class Project:
    """A user's project: the village site committed on main, with a bare repository as `origin`."""

    site: Path
    remote: Path
    tmp: Path

    def deploy(self, *args: str) -> int:
        return main(["deploy", "--site", str(self.site), *args])

    def commit(self, message: str) -> str:
        git(self.site, "add", "-A")
        git(self.site, "commit", "-q", "-m", message)
        return git(self.site, "rev-parse", "--short", "HEAD")

    def pages_tip(self) -> str | None:
        done = subprocess.run(["git", "rev-parse", "--verify", "--quiet", "refs/heads/gh-pages"], cwd=self.remote,
                              capture_output=True, text=True, check=False)
        return done.stdout.strip() or None

    def clone_pages(self, name: str = "pages") -> Path:
        dest = self.tmp / name
        shutil.rmtree(dest, ignore_errors=True)
        git(self.tmp, "clone", "-q", "--branch", "gh-pages", "--single-branch", str(self.remote), str(dest))
        return dest

    def log(self, fmt: str = "%s") -> list[str]:
        return git(self.remote, "log", f"--format={fmt}", "gh-pages").splitlines()


@pytest.fixture
def git_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME whose git config holds the test's identity: the machine's git config does not count."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text(
        f"[user]\n\tname = {AUTHOR[0]}\n\temail = {AUTHOR[1]}\n[init]\n\tdefaultBranch = main\n", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_AUTHOR_DATE", "GIT_COMMITTER_NAME",
                 "GIT_COMMITTER_EMAIL", "GIT_COMMITTER_DATE", "EMAIL", "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def project(tmp_path: Path, git_env: Path) -> Project:
    work = tmp_path / "work"
    work.mkdir()
    site = copy_site("village", work)
    (site / ".gitignore").write_text("output/\n", encoding="utf-8")
    remote = tmp_path / "remotes" / "village.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(site, "init", "-q")
    git(site, "remote", "add", "origin", str(remote))
    project = Project(site, remote, tmp_path)
    project.commit(FIRST_SUBJECT)
    return project


def on_github(site: Path, remote: str, url: str, bare: Path) -> None:
    """Name a GitHub repository as the remote, and let git push to the local bare one in its place (insteadOf)."""
    git(site, "remote", "set-url", remote, url)
    git(site, "config", f"url.{bare}.insteadOf", url)


@pytest.mark.parametrize(("url", "github"), [
    ("git@github.com:u/r.git", True), ("https://github.com/u/r", True), ("ssh://git@ssh.github.com:443/u/r.git", True),
    ("git@github-work:u/r.git", True), ("/srv/git/r.git", False), ("https://gitlab.com/u/r.git", False),
    ("gh:u/r", False),  # (url.insteadOf: the URL git pushes to is asked too)
])
def test_which_remotes_are_github_s(url: str, github: bool) -> None:
    from generator.pagesaddress import on_github

    assert on_github(url) is github


@pytest.mark.parametrize(("url", "base_url", "said", "sure"), [
    ("https://github.com/someone/village.git", "/village/", None, True),
    ("https://github.com/someone/village.git", "/", "set base_url: \"/village/\"", True),
    ("https://github.com/alice/alice.github.io.git", "/", None, True),  # a user site
    ("https://github.com/bob/alice.github.io.git", "/alice.github.io/", None, True),  # (the fifth review's: a fork
    # of a user site is a project site)
    ("https://github.acme-corp.com/someone/village.git", "/village/", None, False),  # (GitHub Enterprise: its
    # address is its own, a doubt only)
    ("https://gist.github.com/abc123.git", "/", None, False),  # (no Pages site)
])
def test_the_base_url_github_pages_needs(url: str, base_url: str, said: str | None, sure: bool) -> None:
    from generator.pagesaddress import base_url_warnings, on_github_com

    warnings, _ = base_url_warnings(base_url, "", url)
    assert (said in warnings[0] if said else warnings == []) and on_github_com(url) is sure


def published(output: Path) -> dict[str, bytes]:
    """What a deploy of `output` must publish: every built file but the marker, plus an empty .nojekyll."""
    files = {p.relative_to(output).as_posix(): p.read_bytes() for p in output.rglob("*") if p.is_file()}
    del files[".generator-output"]
    return {**files, ".nojekyll": b""}


def tree_files(tree: Path) -> dict[str, bytes]:
    return {p.relative_to(tree).as_posix(): p.read_bytes()
            for p in tree.rglob("*") if p.is_file() and ".git" not in p.relative_to(tree).parts}


def snapshot(site: Path) -> dict[str, object]:
    """The user's branch, index and working tree, byte for byte (output/ is the build's, so it is left out)."""
    files = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
             if p.is_file() and p.relative_to(site).parts[0] not in (".git", "output", ".generator-cache")}
    return {
        "index": (site / ".git" / "index").read_bytes(),
        "HEAD": (site / ".git" / "HEAD").read_bytes(),
        "branches": git(site, "for-each-ref", "--format=%(refname) %(objectname)", "refs/heads", "refs/tags"),
        "files": files,
    }


def edit_card(site: Path, rel: str, old: str, new: str) -> None:
    path = site / "content" / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def run_cli(args: list[str], cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """`python -m generator ARGS` in a real child process (to see exactly what a user sees)."""
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False, timeout=60)


def child_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **extra}
    return env


# --- publishing ------------------------------------------------------------------------------------------------


def test_first_deploy_publishes_the_build_with_nojekyll(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    source_sha = git(project.site, "rev-parse", "--short", "HEAD")
    assert project.deploy() == 0
    assert "deployed" in capsys.readouterr().err
    pages = project.clone_pages()
    assert tree_files(pages) == published(project.site / "output")
    assert (pages / ".nojekyll").read_bytes() == b""
    assert not (pages / "CNAME").exists()
    assert not (pages / ".generator-output").exists()
    assert project.log("%s") == [f"Deploy {source_sha}: {FIRST_SUBJECT}"]
    assert project.log("%an|%ae|%cn|%ce") == [f"{AUTHOR[0]}|{AUTHOR[1]}|{AUTHOR[0]}|{AUTHOR[1]}"]
    assert git(project.remote, "rev-list", "--max-parents=0", "gh-pages") == project.pages_tip()  # a root commit
    # the user's repository got no gh-pages branch and is still on main
    assert git(project.site, "for-each-ref", "--format=%(refname)", "refs/heads") == "refs/heads/main"
    assert git(project.site, "symbolic-ref", "HEAD") == "refs/heads/main"


def test_cname_from_site_yaml_is_published(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    config = project.site / "site.yaml"
    text = config.read_text(encoding="utf-8").replace('base_url: "/village/"', 'base_url: "/"')
    config.write_text(text + "cname: bridge.example.org\n", encoding="utf-8")
    project.commit("Serve the briefing at bridge.example.org")
    assert project.deploy() == 0
    assert "warning" not in capsys.readouterr().err  # a custom domain serves the site at /
    assert (project.clone_pages() / "CNAME").read_text(encoding="utf-8") == "bridge.example.org\n"


def test_redeploy_after_a_card_change_adds_one_commit_on_top(project: Project) -> None:
    first_sha = git(project.site, "rev-parse", "--short", "HEAD")
    assert project.deploy("-q") == 0
    first = project.pages_tip()
    edit_card(project.site, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote warmly.")
    sha = project.commit("Mayor: say how warmly")
    assert project.deploy("-q") == 0
    assert project.log() == [f"Deploy {sha}: Mayor: say how warmly", f"Deploy {first_sha}: {FIRST_SUBJECT}"]
    assert project.log("%P")[0] == first  # history kept: the new deploy's parent is the previous one
    page = (project.clone_pages() / "politics" / "mayor" / "index.html").read_text(encoding="utf-8")
    assert "welcomed the vote warmly." in page
    assert tree_files(project.clone_pages()) == published(project.site / "output")


def test_removed_card_page_is_gone_from_the_branch(project: Project) -> None:
    assert project.deploy("-q") == 0
    assert (project.clone_pages() / "politics" / "works-start" / "index.html").is_file()
    git(project.site, "rm", "-q", "content/politics/works-start.yaml")
    project.commit("Drop the works card")
    assert project.deploy("-q") == 0
    pages = project.clone_pages()
    assert not (pages / "politics" / "works-start").exists()
    assert tree_files(pages) == published(project.site / "output")


def test_nothing_changed_means_no_commit_and_no_push(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert project.deploy() == 0
    tip = project.pages_tip()
    capsys.readouterr()
    # any push would now fail: the deploy must see there is nothing to publish before it tries
    git(project.site, "remote", "set-url", "--push", "origin", str(project.tmp / "no-such-remote.git"))
    assert project.deploy() == 0
    assert "nothing to deploy: origin/gh-pages already holds this build" in capsys.readouterr().err
    assert project.pages_tip() == tip
    assert len(project.log()) == 1


def test_branch_index_and_working_tree_are_byte_identical(project: Project,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    # a user in the middle of work: a staged change, an unstaged change and an untracked file
    edit_card(project.site, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote (staged).")
    git(project.site, "add", "content/politics/mayor.yaml")
    edit_card(project.site, "economy/cost.yaml", "and the time", "and the duration")
    (project.site / "notes.txt").write_text("draft\n", encoding="utf-8")
    # a file touched but unchanged: a plain `git status` would refresh (rewrite) the index for it
    touched = project.site / "site.yaml"
    os.utime(touched, (touched.stat().st_atime + 10, touched.stat().st_mtime + 10))
    before = snapshot(project.site)
    source_sha = git(project.site, "rev-parse", "--short", "HEAD")
    assert project.deploy() == 0
    err = capsys.readouterr().err
    assert f"has changes not committed to git: deploying anyway, marked {source_sha}+dirty" in err
    assert project.log() == [f"Deploy {source_sha}+dirty: {FIRST_SUBJECT}"]
    assert "welcomed the vote (staged)." in (project.clone_pages() / "politics/mayor/index.html").read_text()
    assert snapshot(project.site) == before
    capsys.readouterr()
    assert project.deploy("--dry-run") == 0  # and a dry run leaves them alone too, and says it would go ahead
    assert (f"has changes not committed to git: a deploy would go ahead, marked {source_sha}+dirty in the deploy's "
            "commit message") in capsys.readouterr().err  # (it said "deploying anyway")
    assert snapshot(project.site) == before


def test_a_card_git_ignores_marks_the_deploy_dirty(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """A draft card in .git/info/exclude was published, and the commit named the source's sha as if clean (`git
    status` does not list ignored files); an editor's backup, never published, is no reason."""
    sha = git(project.site, "rev-parse", "--short", "HEAD")
    (project.site / "content" / "politics" / "mayor.yaml~").write_text("old\n", encoding="utf-8")
    (project.site / "content" / "politics" / "Thumbs.db").write_text("x\n", encoding="utf-8")  # (read by no build)
    (project.site / "content" / "politics" / "mayor.yaml.orig").write_text("x\n", encoding="utf-8")
    (project.site / ".git" / "info" / "exclude").write_text("*~\nThumbs.db\n*.orig\n", encoding="utf-8")
    assert project.deploy("-q") == 0
    assert project.log() == [f"Deploy {sha}: {FIRST_SUBJECT}"]
    draft = project.site / "content" / "politics" / "draft.yaml"
    draft.write_text((project.site / "content" / "politics" / "mayor.yaml").read_text("utf-8"), "utf-8")
    (project.site / ".git" / "info" / "exclude").write_text("*~\nThumbs.db\n*.orig\ndraft.yaml\n", encoding="utf-8")
    assert project.deploy("--allow-warnings") == 0  # (it quotes what mayor.yaml quotes)
    assert (f"warning: content/politics/draft.yaml is ignored by git, so in no commit, and the site is built from it: "
            f"deploying anyway, marked {sha}+dirty") in capsys.readouterr().err
    assert project.log()[0] == f"Deploy {sha}+dirty: {FIRST_SUBJECT}"


def test_changes_git_status_is_told_to_hide_mark_the_deploy_dirty(project: Project,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    """With status.showUntrackedFiles=no a new card, and behind skip-worktree or assume-unchanged an edited
    site.yaml, were published as the commit, not "+dirty"."""
    sha = git(project.site, "rev-parse", "--short", "HEAD")
    git(project.site, "config", "status.showUntrackedFiles", "no")
    git(project.site, "update-index", "--assume-unchanged", "site.yaml")
    assert project.deploy("-q") == 0  # marked, but as committed: clean
    assert project.log() == [f"Deploy {sha}: {FIRST_SUBJECT}"]
    mayor = project.site / "content" / "politics" / "mayor.yaml"
    draft = mayor.with_name("draft.yaml")
    draft.write_text(mayor.read_text("utf-8"), "utf-8")
    assert project.deploy("--allow-warnings", "-q") == 0
    assert project.log()[0] == f"Deploy {sha}+dirty: {FIRST_SUBJECT}"
    draft.unlink()
    settings = project.site / "site.yaml"
    for flag in ("--assume-unchanged", "--skip-worktree"):
        git(project.site, "update-index", "--no-assume-unchanged", "--no-skip-worktree", "site.yaml")
        git(project.site, "update-index", flag, "site.yaml")
        settings.write_text(settings.read_text("utf-8").replace("title: ", f"title: {flag} "), "utf-8")
        assert project.deploy("--allow-warnings") == 0
        assert f"marked {sha}+dirty" in capsys.readouterr().err
        assert project.log()[0] == f"Deploy {sha}+dirty: {FIRST_SUBJECT}"


def test_shared_templates_a_link_leads_to_count_in_the_uncommitted_check(tmp_path: Path, git_env: Path,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """An archive's briefings linking one templates folder: an uncommitted edit there was published unsaid."""
    archive = tmp_path / "archive"
    site = copy_site("village", archive / "briefings")
    house = archive / "house-templates"
    house.mkdir()
    footer = (ROOT / "generator/templates/footer.html").read_text("utf-8")
    (house / "footer.html").write_text(footer.replace("</footer>", "<p>House</p></footer>"), "utf-8")
    (site / "templates").symlink_to("../../house-templates")
    (archive / ".gitignore").write_text("output/\n.generator-cache/\n", "utf-8")
    remote = tmp_path / "archive.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(archive, "init", "-q")
    git(archive, "remote", "add", "origin", str(remote))
    git(archive, "add", "-A")
    git(archive, "commit", "-q", "-m", "archive")
    sha = git(archive, "rev-parse", "--short", "HEAD")
    assert main(["deploy", "--site", str(site)]) == 0
    assert "uncommitted" not in capsys.readouterr().err
    (house / "footer.html").write_text(footer.replace("</footer>", "<p>House, unsaved</p></footer>"), "utf-8")
    assert main(["deploy", "--site", str(site)]) == 0
    assert f"has changes not committed to git: deploying anyway, marked {sha}+dirty" in capsys.readouterr().err
    git(archive, "commit", "-q", "-am", "footer")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "extra.html").write_text("<p>x</p>\n", "utf-8")
    (house / "extra").symlink_to(outside)  # out of the repository: in no commit
    git(archive, "add", "-A")
    git(archive, "commit", "-q", "-m", "extra")
    assert main(["deploy", "--site", str(site), "--dry-run"]) == 0
    err = capsys.readouterr().err
    sha = git(archive, "rev-parse", "--short", "HEAD")
    assert f"warning: templates/extra leads out of the repository, to {outside}: what the site takes from there is in " \
           f"no commit: a deploy would go ahead, marked {sha}+dirty in the deploy's commit message" in err  # (named
    # from the current folder: the site's)
    assert "uncommitted" not in err  # nothing is


def two_briefings(tmp_path: Path, folder: str, base_url: str,
                  settings: dict[str, str] | None = None) -> tuple[Path, Path, Path, Path]:
    """A repository `archive` holding the village briefing twice, in `folder`gas and `folder`water (base_url
    formatted with each name, `settings` added to each site.yaml), committed, with a bare repository as origin:
    (archive, gas, water, remote)."""
    archive = tmp_path / "archive"
    gas, water = (Path(shutil.copytree(SITES / "village", archive / folder / name)) for name in ("gas", "water"))
    for site, name in ((gas, "gas"), (water, "water")):
        site_yaml = site / "site.yaml"
        text = site_yaml.read_text("utf-8").replace("/village/", base_url.format(name))
        site_yaml.write_text(text + (settings or {}).get(name, ""), "utf-8")
    (archive / ".gitignore").write_text("output/\n.generator-cache/\n", "utf-8")
    remote = tmp_path / "archive.git"
    git(tmp_path, "init", "-q", "--bare", str(remote))
    git(archive, "init", "-q")
    git(archive, "add", "-A")
    git(archive, "commit", "-q", "-m", "two briefings")
    git(archive, "remote", "add", "origin", str(remote))
    return archive, gas, water, remote


def test_briefings_sharing_a_branch_each_publish_into_their_folder(tmp_path: Path, git_env: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """Without --into a deploy replaces the whole branch: a second briefing's deploy removed the first's pages."""
    archive, gas, water, remote = two_briefings(tmp_path, "briefings/", "/archive/{}/")
    on_github(archive, "origin", "git@github.com:newsroom/archive.git", remote)
    sha = git(archive, "rev-parse", "--short", "HEAD")
    assert main(["deploy", "--site", str(gas), "--into", "gas"]) == 0
    assert main(["deploy", "--site", str(water), "--into", "water/"]) == 0
    err = capsys.readouterr().err
    assert "base_url" not in err  # /archive/gas/ is where GitHub serves the folder gas/ of the repository archive
    assert "in water/ (16 added, 1 changed, 0 removed)" in err  # (1 changed: the list of briefings, at the root)
    pages = archive.parent / "pages"
    git(tmp_path, "clone", "-q", "--branch", "gh-pages", str(remote), str(pages))
    files = sorted(p.relative_to(pages).as_posix() for p in pages.rglob("*") if ".git" not in p.parts)
    assert ".nojekyll" in files and "gas/index.html" in files and "water/index.html" in files
    assert [f for f in files if f.endswith(".html") and not f.startswith(("gas/", "water/"))] == ["index.html"]
    listed = parse((pages / "index.html").read_text("utf-8")).find_all("a")  # the branch's list of its briefings
    assert [a.attrs["href"] for a in listed] == ["gas/index.html", "water/index.html"]
    with serve_under(pages, "/archive/") as base:  # as GitHub Pages serves the repository archive: every link answers
        problems, checked = check_pages(base, [""])
        assert (problems, checked >= 4) == ([], True)
    edit_card(gas, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote (again).")
    git(archive, "commit", "-q", "-am", "gas: mayor")
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--dry-run"]) == 0
    changed = capsys.readouterr().out.splitlines()
    assert "M gas/politics/mayor/index.html" in changed and all(line.startswith("M gas/") for line in changed)
    assert main(["deploy", "--site", str(gas), "--into", "gas"]) == 0
    log = git(remote, "log", "--format=%s", "gh-pages").splitlines()
    assert log[1:] == [f"Deploy water/ from {sha}: two briefings", f"Deploy gas/ from {sha}: two briefings"]
    assert log[0].startswith("Deploy gas/ from ")
    git(pages, "pull", "-q")
    assert (pages / "water/index.html").is_file() and "(again)" in (pages / "gas/politics/mayor/index.html").read_text()
    # a briefing inside another's folder went with that one's next deploy (0 added, 9 changed, 13 removed)
    assert main(["deploy", "--site", str(water), "--into", "gas/sub", "--dry-run"]) == 1
    assert capsys.readouterr().err.endswith("error: --into gas/sub is inside the briefing in gas/, whose next deploy "
                                            "would remove it on origin/gh-pages: give each briefing a folder of its "
                                            "own\n")
    on_github(archive, "origin", "git@github.com:newsroom/other.git", remote)
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--dry-run"]) == 1  # (listed, and said to stop)
    err = capsys.readouterr().err
    assert "set base_url: \"/other/gas/\"" in err and err.endswith(
        "error: base_url does not suit where the site is served (above): a deploy would stop there. Fix it in "
        "site.yaml, or deploy with --allow-warnings if it does suit (a server of your own serving the branch at "
        "another address)\n")
    tip = git(remote, "rev-parse", "gh-pages")
    assert main(["deploy", "--site", str(gas), "--into", "gas"]) == 1  # (the new user's: its 404 page's links broken,
    assert capsys.readouterr().err.endswith(  # it was published all the same, a doubtful number stopping a deploy)
        "error: base_url does not suit where the site is served (above): nothing was deployed. Fix it in site.yaml, or "
        "deploy with --allow-warnings if it does suit (a server of your own serving the branch at another address)\n")
    assert git(remote, "rev-parse", "gh-pages") == tip
    on_github(archive, "origin", "git@github.com:newsroom/archive.git", remote)
    for bad in ("../x", "a//b", ".git", "a/./b", "/gas", "a b", "é", "a%20b", " gas"):
        assert main(["deploy", "--site", str(gas), "--into", bad]) == 1
        assert capsys.readouterr().err == (f"error: --into must be a folder of the branch, like 'gas' or '2024/gas' "
                                           f"(letters, digits, '.', '_', '~', '-'), not {bad!r}\n")
    for root_file in ("CNAME", ".nojekyll", "index.html", "Index.html/x"):  # (the custom domain was lost, Jekyll
        # ran, the list of briefings was never written; and each deploy committed the same tree again)
        assert main(["deploy", "--site", str(gas), "--into", root_file, "--dry-run"]) == 1
        assert capsys.readouterr().err == (f"error: --into {root_file!r}: {root_file.split('/')[0]} is a file the "
                                           "branch's root keeps for GitHub Pages (or its list of briefings), no "
                                           "folder for a briefing: choose another name, like 'gas'\n")
    for empty in ("", "/", "//", " "):  # `--into "$FOLDER"` unset replaced the whole branch: gas/ and water/ went
        assert main(["deploy", "--site", str(gas), "--into", empty]) == 1
        assert capsys.readouterr().err == (f"error: --into {empty!r} names no folder: give the briefing's folder, "
                                           f"like 'gas' (or leave --into out to publish the site as the whole "
                                           f"branch)\n")
    assert git(remote, "ls-tree", "--name-only", "gh-pages").splitlines() == [".nojekyll", "gas", "index.html", "water"]
    (pages / "index.html").write_text("<h1>The newsroom's own page</h1>\n", "utf-8")  # a root page of the branch's own
    git(pages, "commit", "-q", "-am", "our own front page")
    git(pages, "push", "-q", "origin", "gh-pages")
    edit_card(gas, "politics/mayor.yaml", "(again)", "(once more)")
    git(archive, "commit", "-q", "-am", "gas: mayor again")
    assert main(["deploy", "--site", str(gas), "--into", "gas"]) == 0
    assert "the branch's index.html is a page of its own: it stays, and no list of its briefings is made" in \
        capsys.readouterr().err
    assert git(remote, "show", "gh-pages:index.html") == "<h1>The newsroom's own page</h1>"
    assert main(["deploy", "--site", str(gas), "--into", "2024/gas", "--allow-warnings"]) == 0
    capsys.readouterr()
    assert main(["deploy", "--site", str(water), "--into", "2024", "--dry-run"]) == 1
    assert capsys.readouterr().err.endswith("error: --into 2024 would replace the briefing in 2024/gas/ on "
                                            "origin/gh-pages: give each briefing a folder of its own\n")


def test_into_a_folder_a_file_holds_or_under_another_domain_is_refused(project: Project,
                                                                       capsys: pytest.CaptureFixture[str]) -> None:
    """A file where the folder goes was replaced by it unsaid; a CNAME on the branch is every folder's domain."""
    assert project.deploy() == 0  # the branch: the village's pages at its root, among them the file 404.html
    before = project.pages_tip()
    assert project.deploy("--into", "404.html") == 1
    assert capsys.readouterr().err.endswith("error: origin/gh-pages has a file '404.html' where --into needs the "
                                            "folder '404.html': choose another folder, or remove the file from the "
                                            "branch\n")
    assert project.deploy("--into", "cards.json/sub", "--dry-run") == 1
    assert "has a file 'cards.json' where --into needs the folder 'cards.json/sub'" in capsys.readouterr().err
    git(project.remote, "update-ref", "-d", "refs/heads/gh-pages")  # from here on, a branch of --into briefings
    assert project.deploy("--into", "base", "--allow-warnings") == 0  # (its base_url, /village/, aside)
    settings = project.site / "site.yaml"
    settings.write_text(settings.read_text("utf-8") + "cname: one.example.org\n", "utf-8")
    project.commit("cname")
    assert project.deploy("--into", "one", "--dry-run", "--allow-warnings") == 0  # (its base_url aside)
    assert ("warning: this deploy gives origin/gh-pages a CNAME, one.example.org: everything already on it moves "
            "to that domain") in capsys.readouterr().err
    assert project.deploy("--into", "base", "--allow-warnings") == 0  # the branch's CNAME: one.example.org
    settings.write_text(settings.read_text("utf-8").replace("one.example.org", "two.example.org"), "utf-8")
    project.commit("another cname")
    assert project.deploy("--into", "two") == 1
    assert capsys.readouterr().err.endswith("error: origin/gh-pages is served at one.example.org (its CNAME, for every "
                                            "folder on it), but site.yaml has cname: two.example.org: make them the "
                                            "same, or remove cname from site.yaml\n")
    on_github(project.site, "origin", "git@github.com:u/village.git", project.remote)
    settings.write_text(settings.read_text("utf-8").replace("cname: two.example.org\n", ""), "utf-8")
    project.commit("no cname")
    assert project.deploy("--into", "two", "--dry-run", "--allow-warnings") == 0
    assert 'served at https://one.example.org/two/ (a custom domain): set base_url: "/two/"' in \
        capsys.readouterr().err  # the branch's domain, not github.io
    assert project.pages_tip() != before


def test_into_a_branch_jekyll_builds_is_refused_unless_forced(project: Project,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    """--into added .nojekyll to a newsroom's Jekyll branch: its index.md and posts were no longer built."""
    hand = project.tmp / "hand"
    git(project.tmp, "init", "-q", "-b", "gh-pages", str(hand))
    (hand / "_config.yml").write_text("title: The newsroom\n", "utf-8")
    (hand / "index.md").write_text("# Our work\n", "utf-8")
    git(hand, "add", "-A")
    git(hand, "commit", "-q", "-m", "by hand")
    git(hand, "push", "-q", str(project.remote), "gh-pages")
    before = project.pages_tip()
    assert project.deploy("--into", "gas", "--allow-warnings") == 1
    assert capsys.readouterr().err.endswith(
        "error: origin/gh-pages is built by Jekyll (its _config.yml): a deploy --into adds .nojekyll, which turns "
        "Jekyll off for the whole branch, so its own pages would no longer be built. Deploy to a branch of its own "
        "(--branch), or with --force to go on\n")
    assert project.pages_tip() == before
    assert project.deploy("--into", "gas", "--allow-warnings", "--force", "-q") == 0
    assert {".nojekyll", "_config.yml", "index.md", "gas"} <= set(
        git(project.remote, "ls-tree", "--name-only", "gh-pages").splitlines())


def test_files_pushed_by_hand_keep_their_names_whatever_they_are(project: Project) -> None:
    """A file at the branch's root named '"notes".txt' became 'notes' on the next --into deploy (git read the name as
    C-quoted), and one named with a line end stopped every --into deploy ("malformed index info")."""
    hand = project.tmp / "hand"
    git(project.tmp, "init", "-q", "-b", "gh-pages", str(hand))
    names = ['"notes".txt', "a\nb.txt", "tab\there.txt", "back\\slash.txt"]
    for name in names:
        (hand / name).write_text(name, "utf-8")
    git(hand, "add", "-A")
    git(hand, "commit", "-q", "-m", "by hand")
    git(hand, "push", "-q", str(project.remote), "gh-pages")
    assert project.deploy("--into", "gas", "-q", "--allow-warnings") == 0
    listed = git(project.remote, "ls-tree", "-z", "--name-only", "gh-pages").split("\0")
    assert set(names) < set(listed) and "gas" in listed
    for name in names:
        assert git(project.remote, "show", f"gh-pages:{name}") == name


# --- errors: message, exit status 1, nothing published ----------------------------------------------------------


def test_site_with_errors_is_never_deployed(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    (project.site / "content" / "politics" / "mayor.yaml").write_text("title: Mayor\nsumary: typo\n")
    project.commit("Break a card")
    assert main(["build", "--site", str(project.site)]) == 1
    build_report = capsys.readouterr().err
    assert build_report.startswith("content/politics/mayor.yaml:")
    assert project.deploy() == 1
    assert capsys.readouterr().err == build_report.replace("nothing was written", "nothing was published")
    assert project.pages_tip() is None


def test_editorial_warnings_stop_a_deploy_unless_allowed(project: Project,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """A misread number used to go out from a laptop without a word: only the Pages workflow ran `check --strict`."""
    assert main(["build", "-q", "--site", str(project.site)]) == 0
    front_page = project.site / "output" / "index.html"
    built = front_page.read_bytes()
    card = project.site / "content" / "politics" / "mayor.yaml"
    card.write_text(card.read_text("utf-8").replace("The mayor:", "The mayor, 78 years on:"), "utf-8")
    project.commit("A number the source never gives")
    warning = "content/politics/mayor.yaml:1:20: warning: title gives 78, a number the source never gives"
    allow = "Fix the cards, or deploy with --allow-warnings if the source bears the warnings out"
    assert project.deploy("-q") == 1
    assert capsys.readouterr().err.splitlines() == [
        warning, f"error: 1 warning from the editorial checks (above): nothing was deployed. {allow}"]
    assert project.pages_tip() is None
    assert front_page.read_bytes() == built  # refused before the output was rebuilt: it is the last build's
    assert project.deploy("--dry-run") == 1  # a dry run still lists what would be published
    err = capsys.readouterr().err.splitlines()
    assert warning in err and any("dry run: would be published" in line for line in err)
    assert err[-1] == f"error: 1 warning from the editorial checks (above): a deploy would stop there. {allow}"
    assert project.pages_tip() is None
    assert project.deploy("--allow-warnings") == 0
    assert project.pages_tip() is not None


def test_a_deploy_s_problems_say_nothing_was_published(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """A broken archive.html stops a deploy after its build: "nothing was written" was said of a new output/."""
    (project.site / "templates").mkdir(exist_ok=True)
    (project.site / "templates" / "archive.html").write_text("{{ briefings.nosuch.attr }}\n", "utf-8")
    project.commit("A broken list of briefings")
    assert project.deploy("--into", "gas", "--allow-warnings") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[-1] == "1 problem found; nothing was published."
    assert err[-2].startswith("templates/archive.html:1:14: template error: ")
    assert project.pages_tip() is None


def test_a_broken_template_no_page_uses_is_said_once_and_stops_a_deploy(project: Project,
                                                                        capsys: pytest.CaptureFixture[str]) -> None:
    """The build shows it, and the checks after it count it without showing it again (as `check --strict` fails)."""
    (project.site / "templates").mkdir(exist_ok=True)
    (project.site / "templates" / "unused.html").write_text("{% if %}\n", "utf-8")
    project.commit("A template no page uses, broken")
    warning = ("templates/unused.html:1:1: warning: template error: Expected an expression, got 'end of statement "
               "block' (no page uses it)")
    allow = "Fix the cards, or deploy with --allow-warnings if the source bears the warnings out"
    for _ in ("the build loads the site", "the build is up to date: the checks load it"):
        assert project.deploy() == 1
        err = capsys.readouterr().err.splitlines()
        assert err.count(warning) == 1
        assert err[-1] == f"error: 1 warning from the editorial checks (above): nothing was deployed. {allow}"
    assert project.pages_tip() is None


def test_not_a_git_repository(tmp_path: Path, git_env: Path) -> None:
    site = copy_site("village", tmp_path)
    done = run_cli(["deploy", "--site", str(site)], tmp_path, child_env())
    assert done.returncode == 1
    assert done.stderr == (f"error: {site} is not in a git repository: deploy publishes through git (run `git init`, "
                           "commit the site and add a remote, e.g. `git remote add origin git@github.com:USER/REPO.git`)"
                           "\n")
    assert not (site / "output").exists()  # refused before building


def test_site_folder_missing(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    missing = project.site / "nope"
    assert main(["deploy", "--site", str(missing)]) == 1
    assert capsys.readouterr().err == (
        f"error: there is no site folder at {missing} (check --site)\n")  # as every command says


def test_git_not_installed(project: Project, tmp_path: Path) -> None:
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    done = run_cli(["deploy", "--site", str(project.site)], tmp_path, child_env(PATH=str(empty)))
    assert done.returncode == 1
    assert done.stderr == ("error: git is not installed (or not on PATH): deploy publishes through git; "
                           "install it and try again\n")
    assert project.pages_tip() is None


def test_no_such_remote(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert project.deploy("--remote", "upstream") == 1
    assert capsys.readouterr().err == (
        "error: no git remote named 'upstream' (this repository's remotes: origin); add one with "
        "`git remote add upstream URL` or choose another with --remote\n")
    assert project.pages_tip() is None


def test_an_address_given_as_remote_says_how_to_name_it(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """The advice was `git remote add /tmp/x.git URL`: the address where the name goes."""
    assert project.deploy("--remote", str(project.remote)) == 1
    assert capsys.readouterr().err == (
        f"error: --remote takes the name of a git remote, not an address like '{project.remote}' (this repository's "
        f"remotes: origin); add it as one with `git remote add pages {project.remote}`, then deploy --remote pages\n")
    assert project.pages_tip() is None


def test_an_http_remote_that_never_answers_ends_the_deploy(project: Project) -> None:
    """A server that takes the connection and sends nothing: the deploy waited for ever after "built …". It now
    gives up after 60 s of silence, or the user's own GIT_HTTP_LOW_SPEED_TIME (2 s here)."""
    with socket.create_server(("127.0.0.1", 0)) as silent:  # the kernel accepts; nobody reads or answers
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/village.git"
        git(project.site, "remote", "set-url", "origin", url)
        environ = {key: value for key, value in os.environ.items() if not key.startswith("GIT_HTTP_LOW_SPEED")}
        done = subprocess.run([sys.executable, "-m", "generator", "deploy", "--site", str(project.site), "-q"],
                              capture_output=True, text=True, cwd=project.site, timeout=30,
                              env={**environ, "PYTHONPATH": str(ROOT), "GIT_HTTP_LOW_SPEED_TIME": "2"})
    assert (done.returncode, done.stderr) == (1, (
        f"error: reaching the remote 'origin' ({url}) failed: unable to access '{url}/': Operation too slow. Less "
        "than 1 bytes/sec transferred the last 2 seconds\n"))


@pytest.mark.parametrize("chosen", [None, "core.sshCommand", "GIT_SSH_COMMAND"])
def test_an_ssh_remote_that_never_answers_ends_the_deploy(project: Project, capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch, chosen: str | None) -> None:
    """A host that takes the connection and never speaks SSH: the deploy waited for ever after "built …". ssh now gives
    up after STALLED_SECONDS of silence (2 s here); a user who chose how git runs ssh keeps that (their 1 s, where
    ours would be 30 s)."""
    from generator import gitrun

    monkeypatch.delenv("GIT_SSH_COMMAND", raising=False)
    monkeypatch.delenv("GIT_SSH", raising=False)
    monkeypatch.setattr(gitrun, "STALLED_SECONDS", 2 if chosen is None else 30)
    if chosen == "core.sshCommand":
        git(project.site, "config", "core.sshCommand", "ssh -o ConnectTimeout=1")
    elif chosen == "GIT_SSH_COMMAND":
        monkeypatch.setenv("GIT_SSH_COMMAND", "ssh -o ConnectTimeout=1")
    status: list[int] = []
    deploying = threading.Thread(target=lambda: status.append(project.deploy("-q")))
    with socket.create_server(("127.0.0.1", 0)) as silent:  # the kernel accepts; nobody answers
        port = silent.getsockname()[1]
        url = f"ssh://git@127.0.0.1:{port}/village.git"
        git(project.site, "remote", "set-url", "origin", url)
        started = time.monotonic()
        deploying.start()
        deploying.join(timeout=20)
        took = time.monotonic() - started
    deploying.join(timeout=20)  # (one still waiting ends now: closing the socket resets its connection)
    assert status == [1]
    assert capsys.readouterr().err == (
        f"error: reaching the remote 'origin' ({url}) failed: Connection timed out during banner exchange Connection "
        f"to 127.0.0.1 port {port} timed out Could not read from remote repository. Please make sure you have the "
        "correct access rights and the repository exists.\n")
    assert took < 15
    assert project.pages_tip() is None


def test_unreachable_remote(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    gone = project.tmp / "moved" / "village.git"
    git(project.site, "remote", "set-url", "origin", str(gone))
    assert project.deploy("-q") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: reaching the remote 'origin' ({gone}) failed: ")
    assert "Traceback" not in err


def test_a_token_in_the_remote_s_address_is_never_printed(project: Project,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    """`https://x-access-token:TOKEN@host/…`, as CI deploys name a remote: the message printed the token (git's own
    part of it did not)."""
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]  # (closed below: nothing listens there)
    secret = "ghp_SECRET123"
    git(project.site, "remote", "set-url", "origin", f"http://x-access-token:{secret}@127.0.0.1:{port}/village.git")
    assert project.deploy("-q") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: reaching the remote 'origin' (http://127.0.0.1:{port}/village.git) failed: ")
    assert project.deploy("-q", "--remote", f"https://me:{secret}@example.org/v.git") == 1
    err += capsys.readouterr().err
    assert "not an address like 'https://example.org/v.git'" in err
    assert secret not in err and "x-access-token" not in err
    from generator.remotebranch import shown_url

    assert shown_url("https://user:p@ss@github.com/o/r.git") == "https://github.com/o/r.git"  # (a raw @ in it)
    assert shown_url("ssh://git:pw@host/r.git") == "ssh://git@host/r.git"
    assert shown_url("git@github.com:o/r.git") == "git@github.com:o/r.git"


def test_no_git_identity(project: Project, git_env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (git_env / ".gitconfig").write_text("[user]\n\tuseConfigOnly = true\n", encoding="utf-8")
    assert project.deploy() == 1
    assert capsys.readouterr().err == (
        "error: git does not know who you are, and a deploy commit needs an author: run "
        "`git config --global user.name \"Your Name\"` and `git config --global user.email you@example.com`\n")
    assert project.pages_tip() is None


def race(project: Project) -> Path:
    """Make someone else deploy once, between this deploy's fetch and its push, from another clone.

    The user's remote runs a receive-pack wrapper that first pushes the other clone's commit to gh-pages,
    so the push meets a branch that moved since the deploy fetched it: git itself rejects it.
    """
    other = project.clone_pages("other")
    flag = project.tmp / "raced"
    wrapper = project.tmp / "receive-pack"
    wrapper.write_text(
        "#!/bin/sh\n"
        f"if [ ! -e '{flag}' ]; then\n"
        f"  touch '{flag}'\n"
        f"  cd '{other}' && git fetch -q origin && git reset -q --hard origin/gh-pages\n"
        "  echo 'by someone else' > someone-else.txt && git add someone-else.txt\n"
        "  git commit -q -m 'Someone else deployed' && git push -q origin HEAD:gh-pages\n"
        "fi >&2\n"
        'exec git-receive-pack "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    git(project.site, "config", "remote.origin.receivepack", str(wrapper))
    return flag


def test_a_push_the_remote_refuses_says_why_on_one_line_without_advising_force(
        project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """A hook or a protected branch: it said to use --force (which cannot help), on a second line."""
    hook = project.remote / "hooks" / "pre-receive"
    hook.write_text("#!/bin/sh\necho 'GH006: Protected branch update failed for refs/heads/gh-pages.' >&2\nexit 1\n",
                    encoding="utf-8")
    hook.chmod(0o755)
    for force in ((), ("--force",)):
        assert project.deploy("-q", *force) == 1
        assert capsys.readouterr().err == (
            f"error: pushing to origin ({project.remote}) was refused by the remote (pre-receive hook declined: GH006: "
            "Protected branch update failed for refs/heads/gh-pages.): nothing was published; allow the push to "
            "gh-pages there (a protected branch, a hook), as --force cannot get past it\n")
    assert project.pages_tip() is None


def test_sigterm_while_reaching_the_remote_stops_as_ctrl_c_does_and_leaves_no_temporary_folder(project: Project,
                                                                                              tmp_path: Path) -> None:
    """A cancelled CI job, a hung remote killed: /tmp/generator-deploy-* was left behind."""
    stall, asking = tmp_path / "stall.sh", tmp_path / "asking"
    stall.write_text(f"#!/bin/sh\ntouch '{asking}'\nsleep 20\n", encoding="utf-8")  # a remote that never answers
    stall.chmod(0o755)
    git(project.site, "config", "remote.origin.uploadpack", str(stall))  # (ls-remote's, in the deploy's folder)
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    deploy = subprocess.Popen([sys.executable, "-m", "generator", "deploy", "--site", str(project.site), "-q"],
                              stderr=subprocess.PIPE, text=True, cwd=project.site,
                              env={**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(temporary)})
    try:
        deadline = time.monotonic() + 30
        while not asking.exists() and time.monotonic() < deadline and deploy.poll() is None:
            time.sleep(0.01)
        assert asking.exists(), f"the deploy never reached the remote: {deploy.poll()}, " + (
            deploy.communicate(timeout=20)[1] if deploy.poll() is not None else "still running")
        assert any(temporary.glob("generator-deploy-*"))  # its folder, while it waits for the remote
        deploy.send_signal(signal.SIGTERM)
        _, err = deploy.communicate(timeout=20)
    finally:
        deploy.kill()
    # (it said "output/ is as it was", of the folder the deploy had just built, and not what matters: no push)
    assert (deploy.returncode, err) == (130, "interrupted; output/ holds the new build, and nothing was published.\n")
    assert (project.site / "output" / "index.html").exists()
    assert list(temporary.iterdir()) == []
    assert project.pages_tip() is None


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT])
def test_a_stop_during_the_push_lets_it_finish_and_says_so(project: Project, tmp_path: Path, stop: int) -> None:
    """SIGTERM during the push printed "interrupted; output/ is as it was." (exit 130), and the branch had the
    deploy all the same: what was published was not known."""
    hook, pushing = project.remote / "hooks/pre-receive", tmp_path / "pushing"
    hook.write_text(f"#!/bin/sh\ncat > /dev/null\ntouch '{pushing}'\nsleep 2\n", encoding="utf-8")  # a slow remote
    hook.chmod(0o755)
    deploy = subprocess.Popen([sys.executable, "-m", "generator", "deploy", "--site", str(project.site)],
                              stderr=subprocess.PIPE, text=True, cwd=project.site,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        deadline = time.monotonic() + 60
        while not pushing.exists() and time.monotonic() < deadline and deploy.poll() is None:
            time.sleep(0.01)
        assert pushing.exists(), deploy.communicate(timeout=20)[1] if deploy.poll() is not None else "no push"
        deploy.send_signal(stop)
        _, err = deploy.communicate(timeout=30)
    finally:
        deploy.kill()
    lines = err.splitlines()
    assert deploy.returncode == 0, err
    assert "interrupted during the push: it was let finish, so that what was published is known" in lines
    tip = project.pages_tip()
    assert tip is not None and lines[-1].startswith("deployed ") and lines[-1].endswith(f": commit {tip[:7]}")


def test_push_rejected_when_someone_else_deployed(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    assert project.deploy("-q") == 0
    first = project.pages_tip()
    race(project)
    edit_card(project.site, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote loudly.")
    project.commit("Mayor: loudly")
    assert project.deploy("-q") == 1
    err = capsys.readouterr().err
    assert err == (f"error: pushing to origin ({project.remote}) was rejected: someone else deployed to gh-pages while "
                   "this deploy ran. Nothing was published; run deploy again (it builds on their commit, keeping both "
                   "in the history) or use --force to replace their deploy with this one\n")  # (not git's own lines)
    assert "Traceback" not in err and err.count("\n") == 1
    assert project.log() == ["Someone else deployed", project.log()[1]]
    assert project.log("%H")[1] == first
    # the way out it names: deploy again, on top of their commit
    assert project.deploy("-q") == 0
    assert project.log()[:2] == [project.log()[0], "Someone else deployed"]
    assert project.log()[0].endswith(": Mayor: loudly")
    assert "someone-else.txt" not in tree_files(project.clone_pages())  # the tree is this build's, exactly


def test_force_replaces_a_concurrent_deploy(project: Project) -> None:
    assert project.deploy("-q") == 0
    first = project.pages_tip()
    flag = race(project)
    edit_card(project.site, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote loudly.")
    project.commit("Mayor: loudly")
    assert project.deploy("-q", "--force") == 0
    assert flag.exists()  # the other deploy did land first
    assert project.log("%P")[0] == first  # built on what it fetched; the other deploy is overwritten
    assert "Someone else deployed" not in project.log()
    assert tree_files(project.clone_pages()) == published(project.site / "output")


# --- dry run and warnings -----------------------------------------------------------------------------------------


def loose_objects(site: Path) -> int:
    return int(git(site, "count-objects").split()[0])


def test_dry_run_lists_changes_and_commits_nothing(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    objects = loose_objects(project.site)
    assert project.deploy("--dry-run") == 0
    out, err = capsys.readouterr()
    expected = sorted(published(project.site / "output"))
    assert out.splitlines() == [f"A {path}" for path in expected]
    assert "nothing was committed or pushed" in err
    assert project.pages_tip() is None
    assert loose_objects(project.site) == objects  # not even a blob was stored
    assert not git(project.site, "for-each-ref", "refs/remotes")

    assert project.deploy("-q") == 0
    before = project.pages_tip()
    assert before is not None
    edit_card(project.site, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote warmly.")
    git(project.site, "rm", "-q", "content/politics/works-start.yaml")
    project.commit("Mayor warmly; drop the works card")
    assert project.deploy("--dry-run") == 0
    listed = capsys.readouterr().out.splitlines()
    assert "M politics/mayor/index.html" in listed
    assert "D politics/works-start/index.html" in listed
    assert project.pages_tip() == before
    # what the dry run announced is exactly what the real deploy then changes
    assert project.deploy("-q") == 0
    diff = git(project.remote, "diff-tree", "-r", "--no-renames", "--name-status", before, "gh-pages")
    assert [line.replace("\t", " ") for line in diff.splitlines()] == listed


def test_a_dry_run_fetches_the_branch_s_tip_without_making_a_remote_tracking_branch(project: Project) -> None:
    """The fetch of a tip deployed elsewhere made origin/gh-pages here, a ref a dry run should not leave; and one
    left behind when gh-pages was deleted on the remote made every deploy refuse it as the source's branch."""
    other = project.tmp / "other"  # someone else's deploy: its commit is not here
    git(project.tmp, "init", "-q", str(other))
    (other / "index.html").write_text("theirs\n", encoding="utf-8")
    git(other, "add", "-A")
    git(other, "commit", "-q", "-m", "Someone else deployed")
    git(other, "push", "-q", str(project.remote), "HEAD:refs/heads/gh-pages")
    assert project.deploy("--dry-run", "-q") == 0
    assert not git(project.site, "for-each-ref", "refs/remotes")
    assert git(project.site, "cat-file", "-t", project.pages_tip() or "") == "commit"  # (fetched all the same)


def test_warns_when_base_url_does_not_suit_a_project_site(project: Project,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    config = project.site / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace('"/village/"', '"/"'), encoding="utf-8")
    project.commit("Serve at /")
    assert project.deploy("-q") == 0
    assert capsys.readouterr().err == ""  # a remote that is not GitHub's: no telling where it is served
    on_github(project.site, "origin", "https://github.com/someone/village.git", project.remote)
    (project.site / "output" / "index.html").unlink()  # (something to deploy)
    tip = project.pages_tip()
    assert project.deploy("-q") == 1  # its links would break: refused
    assert capsys.readouterr().err.splitlines()[-1] == (
        "error: base_url does not suit where the site is served (above): nothing was deployed. Fix it in site.yaml, or "
        "deploy with --allow-warnings if it does suit (a server of your own serving the branch at another address)")
    assert project.pages_tip() == tip
    assert project.deploy("-q", "--allow-warnings") == 0
    assert capsys.readouterr().err.splitlines() == [
        "warning: base_url is '/' in site.yaml, but the remote's repository 'village' is served at "
        "https://someone.github.io/village/ (a project site): set base_url: \"/village/\" or links in pages such as "
        "404.html will break",
        # the canonical links and sitemap named news.example.org, where nothing leads
        "warning: url is 'https://news.example.org' in site.yaml, but the remote's repository 'village' is served at "
        "https://someone.github.io/village/ (a project site): set url: \"https://someone.github.io\" (or cname: in "
        "site.yaml, if a domain of your own leads there), or the canonical links, the sitemap and the share cards "
        "point elsewhere"]
    # and rightly so: served under /village/, the 404 page's links miss the site
    with serve_under(project.clone_pages(), "/village/") as base:
        problems, _ = check_pages(base, ["no/such/page/"], status=404)
    assert any("<link href=\"/assets/style.css\">: leaves the site's path /village/" in p for p in problems)
    # a user site (USER.github.io) is served at /: no warning, once url names it
    config.write_text(config.read_text(encoding="utf-8").replace("https://news.example.org", "https://someone.github.io"),
                      encoding="utf-8")
    project.commit("The public address")
    user_site = project.tmp / "remotes" / "someone.github.io.git"
    git(project.tmp, "init", "-q", "--bare", str(user_site))
    git(project.site, "remote", "add", "pages", str(user_site))
    on_github(project.site, "pages", "git@github.com:someone/someone.github.io.git", user_site)
    assert project.deploy("-q", "--remote", "pages") == 0
    assert capsys.readouterr().err == ""


def test_other_remote_branch_and_message(project: Project) -> None:
    assert project.deploy("-q", "--branch", "site", "--message", "Publish the village briefing") == 0
    assert project.pages_tip() is None
    assert git(project.remote, "log", "--format=%s", "site") == "Publish the village briefing"


def test_a_branch_name_git_would_refuse_is_refused(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """--branch HEAD and --branch refs/heads/pages were pushed as refs/heads/HEAD and refs/heads/refs/heads/pages."""
    for branch, hint in (("HEAD", ""), ("refs/heads/pages", ": write --branch pages"), ("a..b", "")):
        assert project.deploy("-q", "--branch", branch) == 1
        assert capsys.readouterr().err == f"error: '{branch}' is not a valid branch name (--branch){hint}\n"
    assert git(project.remote, "for-each-ref") == ""


def test_the_source_branch_not_pushed_yet_is_refused(project: Project, capsys: pytest.CaptureFixture[str]) -> None:
    """`--branch main` with main never pushed: the deploy took the name, and the user's own push of main was then
    rejected."""
    git(project.site, "checkout", "-q", "-B", "main")
    assert project.deploy("-q", "--branch", "main") == 1
    assert capsys.readouterr().err == (
        "error: refusing to deploy to origin/main: it holds this site's source (site.yaml), and a deploy would "
        "replace it with the built pages; publish to a branch of its own (--branch, default gh-pages)\n")
    assert "main" not in git(project.remote, "branch", "--list", "main")


def test_briefings_of_a_branch_are_not_removed_nor_put_inside_another(tmp_path: Path, git_env: Path,
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    """A deploy without --into to a branch of --into briefings removed them all, said only as a count; one --into
    a folder of a briefing deployed to the whole branch replaced part of it."""
    _, gas, water, remote = two_briefings(tmp_path, "briefings/", "/archive/{}/")
    assert main(["deploy", "--site", str(gas), "--into", "gas", "-q"]) == 0
    assert main(["deploy", "--site", str(water), "--into", "water", "-q"]) == 0
    before = git(remote, "rev-parse", "gh-pages")
    assert main(["deploy", "--site", str(gas), "-q"]) == 1
    assert capsys.readouterr().err == ("error: origin/gh-pages holds briefings deployed with --into (gas/, water/): a "
                                       "deploy of the whole branch would remove them; deploy this one with --into a "
                                       "folder of its own too\n")
    assert git(remote, "rev-parse", "gh-pages") == before
    git(remote, "update-ref", "-d", "refs/heads/gh-pages")  # a new start: gas as the whole branch
    assert main(["deploy", "--site", str(gas), "-q", "--allow-warnings"]) == 0
    assert main(["deploy", "--site", str(water), "--into", "politics", "--dry-run"]) == 1
    assert capsys.readouterr().err.endswith(
        "error: --into politics would put this briefing inside the one deployed to the whole of origin/gh-pages (its "
        "cards.json is at the branch's root), whose next deploy would remove it. To give the branch's briefings "
        "folders of their own, deploy with --force: that one's files leave the branch's root (deploy it again with "
        "--into a folder of its own)\n")
    # from one briefing on the whole branch to folders (the advice was the command refused): forced, then the other
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--force", "-q"]) == 0
    assert "the briefing deployed to the whole branch leaves its root (--force)" in capsys.readouterr().err
    assert main(["deploy", "--site", str(water), "--into", "water", "-q"]) == 0
    files = git(remote, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    assert {path.split("/")[0] for path in files} == {"gas", "water", "index.html", ".nojekyll"}
    assert "gas/cards.json" in files and "water/cards.json" in files


def test_a_stale_remote_tracking_branch_is_no_reason_to_refuse(project: Project,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    """gh-pages made from main on the remote, fetched, then deleted there (GitHub's web page): origin/gh-pages, left
    here, refused every deploy, and the advice was to deploy to gh-pages."""
    git(project.site, "push", "-q", "origin", "HEAD:refs/heads/gh-pages")
    git(project.site, "fetch", "-q", "origin")
    assert project.deploy("-q") == 1  # (while it holds the source, it is refused, and told how out)
    assert capsys.readouterr().err == (
        "error: refusing to deploy to origin/gh-pages: it holds this site's source (site.yaml), and a deploy would "
        "replace it with the built pages; publish to another branch with --branch, or, if gh-pages was made from the "
        "source by mistake, delete it (`git push origin --delete gh-pages`) and deploy again\n")
    git(project.remote, "update-ref", "-d", "refs/heads/gh-pages")
    assert git(project.site, "rev-parse", "--verify", "--quiet", "refs/remotes/origin/gh-pages")  # (stale)
    assert project.deploy("-q") == 0
    assert project.log("%s") == [f"Deploy {git(project.site, 'rev-parse', '--short', 'HEAD')}: {FIRST_SUBJECT}"]


def test_a_branch_of_the_same_name_on_another_remote_is_no_source_branch(project: Project, tmp_path: Path) -> None:
    """Source on main here, the pages on main of another repository (a user.github.io): the branch checked out is
    main, but the other remote's main holds none of the source."""
    git(project.site, "push", "-q", "origin", "HEAD:main")
    pages = tmp_path / "remotes" / "pages.git"
    git(tmp_path, "init", "-q", "--bare", str(pages))
    git(project.site, "remote", "add", "pages", str(pages))
    git(project.site, "checkout", "-q", "-B", "main")
    assert project.deploy("-q", "--remote", "pages", "--branch", "main") == 0
    assert git(pages, "log", "--format=%s", "main").startswith("Deploy")


@pytest.mark.parametrize("pushed", ["this commit", "an older commit", "a commit before the site", "a newer commit"])
def test_a_branch_holding_the_source_is_refused(project: Project, pushed: str,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    """Deploying to the branch the source is pushed to (say --branch main) would put the pages in its place: refused
    when that branch's tip is in this history (even one from before the site) or holds the site's site.yaml."""
    if pushed == "a commit before the site":  # a project that began with a README, the site merged in later
        git(project.site, "checkout", "-q", "--orphan", "start")
        git(project.site, "rm", "-rq", "--cached", ".")
        (project.site / "README.md").write_text("notes\n", encoding="utf-8")
        git(project.site, "add", "README.md")
        git(project.site, "commit", "-q", "-m", "README")
        git(project.site, "push", "-q", "origin", "HEAD:main")
        git(project.site, "clean", "-fdxq")  # the site's files come back with the merge
        git(project.site, "merge", "-q", "--allow-unrelated-histories", "-m", "the site", "main")
    else:
        git(project.site, "push", "-q", "origin", "HEAD:main")
    if pushed == "an older commit":
        edit_card(project.site, "politics/mayor.yaml", "welcomed the vote", "welcomed the vote warmly")
        project.commit("Mayor: warmly")
    elif pushed == "a newer commit":  # someone else pushed a commit this clone has not fetched
        other = project.tmp / "other"
        git(project.tmp, "clone", "-q", "--branch", "main", str(project.remote), str(other))
        (other / "README.md").write_text("notes\n", encoding="utf-8")
        git(other, "add", "-A")
        git(other, "commit", "-q", "-m", "notes")
        git(other, "push", "-q", "origin", "HEAD:main")
    before = git(project.remote, "rev-parse", "main")
    capsys.readouterr()
    for dry_run in ([], ["--dry-run"]):
        assert project.deploy("-q", "--branch", "main", *dry_run) == 1
        assert capsys.readouterr().err == (
            "error: refusing to deploy to origin/main: it holds this site's source (site.yaml), and a deploy would "
            "replace it with the built pages; publish to a branch of its own (--branch, default gh-pages)\n")
    assert git(project.remote, "rev-parse", "main") == before
    if pushed != "a commit before the site":  # (there, the branch checked out is another: main is fetched first)
        assert not (project.site / "output").exists()  # the branch checked out is refused before building
    assert project.deploy("-q") == 0  # gh-pages, its own branch, is fine, and so is deploying again
    assert project.deploy("-q", "--force") == 0


# --- the deployed site works under /<repo>/ ----------------------------------------------------------------------


def test_deployed_site_links_resolve_under_the_repository_path(project: Project) -> None:
    assert project.deploy("-q") == 0
    pages = project.clone_pages()
    html = sorted(p.relative_to(pages).as_posix() for p in pages.rglob("*.html") if ".git" not in p.parts)
    urls = [p.removesuffix("index.html") for p in html if p != "404.html"]
    assert len(urls) == 8  # front page, source, 2 categories, 4 cards
    with serve_under(pages, "/village/") as base:
        problems, checked = check_pages(base, urls)
        assert problems == []
        assert checked > 100
        assert fetch(base + ".nojekyll")[0] == 200
        # GitHub Pages answers any missing path with 404.html: its links must work from any depth
        problems, checked = check_pages(base, ["no/such/page/"], status=404)
        assert problems == []
        assert checked > 3


def test_link_checker_finds_broken_links(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "a").mkdir(parents=True)
    (site / "index.html").write_text(
        '<link rel="stylesheet" href="missing.css"><a href="a/">ok</a><a href="a/#there">ok</a>'
        '<a href="a/#nowhere">x</a><a href="/elsewhere/">x</a><img src="https://cdn.example/x.png">'
        '<a href="https://example.org/">fine</a>', encoding="utf-8")
    (site / "a" / "index.html").write_text('<p id="there">here</p><a href="../nope.html">x</a>', encoding="utf-8")
    with serve_under(site, "/repo/") as base:
        problems, _ = check_pages(base, ["", "a/"])
    assert problems == [
        ': <link href="missing.css">: answers 404',
        ': <a href="a/#nowhere">: no element with id \'nowhere\' on /repo/a/',
        ': <a href="/elsewhere/">: leaves the site\'s path /repo/',
        ': <img src="https://cdn.example/x.png">: loads from outside the site',
        'a/: <a href="../nope.html">: answers 404',
    ]


def test_the_list_of_briefings_changes_only_with_what_it_lists(tmp_path: Path, git_env: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    """Briefings in two languages share a branch: each deploy made the root page in its own words, so deploying an
    unchanged briefing made a commit. A host other than GitHub's: base_url must still end in the folder."""
    archive, gas, water, remote = two_briefings(tmp_path, "", "/{}/", {"gas": "language: en\n",
                                                                     "water": "language: fr\n"})
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--allow-warnings"]) == 0
    assert main(["deploy", "--site", str(water), "--into", "water", "--allow-warnings"]) == 0
    assert "base_url" not in capsys.readouterr().err  # /gas/ and /water/ end in their folders
    french = git(remote, "show", "gh-pages:index.html")
    assert '<html lang="fr">' in french and "listed by the deploy of water/" in french
    tip = git(remote, "rev-parse", "gh-pages")
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--allow-warnings"]) == 0
    err = capsys.readouterr().err
    assert "the list of briefings at the branch's root is unchanged: it stays as the deploy of water/ made it" in err
    assert "nothing to deploy" in err and git(remote, "rev-parse", "gh-pages") == tip
    edit_card(gas, "politics/mayor.yaml", "welcomed the vote.", "welcomed the vote (again).")
    git(archive, "commit", "-q", "-am", "gas: mayor")
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--allow-warnings"]) == 0  # its pages, not the list
    assert git(remote, "show", "gh-pages:index.html") == french and git(remote, "rev-parse", "gh-pages") != tip
    settings = gas / "site.yaml"
    settings.write_text(settings.read_text("utf-8").replace("Village votes", "The village votes"), "utf-8")
    git(archive, "commit", "-q", "-am", "gas: a new title")
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--allow-warnings"]) == 0  # the list changes
    english = git(remote, "show", "gh-pages:index.html")
    assert '<html lang="en">' in english and "The village votes" in english and "listed by the deploy of gas/" in english
    assert main(["deploy", "--site", str(gas), "--into", "gas", "--allow-warnings"]) == 0
    assert git(remote, "show", "gh-pages:index.html") == english  # made by this briefing: made again, the same
    capsys.readouterr()
    assert main(["deploy", "--site", str(water), "--into", "2024/water", "--dry-run", "--allow-warnings"]) == 0
    assert "warning: base_url is '/water/' in site.yaml, but --into publishes this briefing in the branch's folder " \
           "2024/water/: wherever the branch is served, base_url should end in '/2024/water/' or links in pages " \
           "such as 404.html will break" in capsys.readouterr().err


def test_a_build_between_the_deploy_s_check_and_its_reading_stops_the_deploy(
        project: Project, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    """A preview rebuilding on a save while a deploy asked the remote published the unchecked page under a clean
    commit; the output a deploy reads must be the one it built and checked."""
    from generator import deploy as deploy_module

    asked = deploy_module.remote_tip

    def remote_tip_while_a_card_is_saved(*args: object) -> object:  # the real remote, asked while a build runs
        card = project.site / "content/politics/mayor.yaml"
        card.write_text(card.read_text("utf-8").replace('title: "', 'title: "99 unchecked ', 1), "utf-8")
        assert main(["build", "--site", str(project.site), "-q"]) == 0  # as the preview's would
        return asked(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(deploy_module, "remote_tip", remote_tip_while_a_card_is_saved)
    assert project.deploy() == 1
    assert capsys.readouterr().err.splitlines()[-1] == (
        "error: output/ changed after this deploy built and checked it (a preview running, or another build): "
        "nothing was deployed; deploy again")
    assert project.pages_tip() is None


def test_a_file_named_with_a_line_end_in_the_output_is_refused_not_split(tmp_path: Path) -> None:
    """git's list of the files to hash is one a line: 'a<newline>/tmp/x' hashed /tmp/x, then died on a zip()."""
    from generator.deploy import published_files
    from generator.gitrun import DeployError

    (tmp_path / "out" / "assets" / "a\n").mkdir(parents=True)
    (tmp_path / "out" / "assets" / "a\n" / "b.css").write_text("p {}\n")
    with pytest.raises(DeployError, match=r"has a file with a control character in its name \(assets/a\\n/b.css\), "
                                          r"which cannot be published: rename it \(or build again\)$"):
        published_files(tmp_path / "out", "")

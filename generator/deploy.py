"""Publish a built site to a branch of a git remote (gh-pages) with git plumbing only.

The user's working tree, index and current branch are never touched: file contents go into the object
store with `hash-object`, the tree is assembled in a temporary index (GIT_INDEX_FILE), the commit is made
with `commit-tree` on top of the remote branch's tip, and `push` sends it as `<sha>:refs/heads/<branch>`.
"""

from __future__ import annotations

import logging
import re
import shlex
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from generator.archive import CARDS, FOLDER_NAME, INDEX, branch_page, briefing_folders, nesting
from generator.config import load_config
from generator.errors import Problems, located, located_folder, printable
from generator.gitrun import NO_GIT, DeployError, Git, git_message
from generator.pagesaddress import base_url_warnings, folder_base_url_warnings, on_github, on_github_com
from generator.remotebranch import push, remote_tip, shown_url, tip_in, tree_entries, write_tree
from generator.write import MARKER

log = logging.getLogger(__name__)

FILE_MODE = "100644"
NOJEKYLL = ".nojekyll"
CNAME = "CNAME"
_WHERE = "a server of your own serving the branch at another address"


@dataclass(frozen=True)
class Options:
    remote: str = "origin"
    branch: str = "gh-pages"
    message: str | None = None
    force: bool = False
    dry_run: bool = False
    into: str = ""  # a folder of the branch to publish into, the rest kept (briefings sharing a branch); "" = all
    allow_warnings: bool = False  # publish even if base_url or url does not suit where the branch is served


@dataclass(frozen=True)
class Changes:
    """What a deploy changes on the branch, as sorted path lists."""

    added: tuple[str, ...] = ()
    changed: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.removed)

    def lines(self) -> list[str]:
        """One `A path` / `M path` / `D path` line per file, like `git diff --name-status`."""
        tagged = [("A", p) for p in self.added] + [("M", p) for p in self.changed] + [("D", p) for p in self.removed]
        return [f"{tag} {path}" for tag, path in sorted(tagged, key=lambda item: item[1])]

    def summary(self) -> str:
        return f"{len(self.added)} added, {len(self.changed)} changed, {len(self.removed)} removed"


@dataclass(frozen=True)
class Repo:
    """The git repository holding the site, with what a deploy needs to know about it."""

    git: Git
    top: Path
    remote_url: str
    source: str  # short sha of HEAD, `+dirty` when the site folder has uncommitted changes
    subject: str  # HEAD's commit subject
    dirty: str  # why the deploy is not of a commit ("" when it is): uncommitted changes, a link out of the repository
    github_url: str = ""  # the remote's URL as configured, when it names a GitHub repository (for base_url)


def check_repo(site_root: Path, output: Path, options: Options) -> Repo:
    """Everything local a deploy needs (git, a repository, the remote, an identity), checked before building
    (in a briefing's folder: `config.require_site`)."""
    if shutil.which("git") is None:
        raise DeployError(NO_GIT)
    git = Git(site_root.resolve())
    found = git.attempt("rev-parse", "--show-toplevel")
    if found.returncode != 0:
        reason = git_message(found.stderr)
        said = "" if not reason or "not a git repository" in reason else f" (git says: {reason})"
        raise DeployError(f"{site_root} is not in a git repository{said}: deploy publishes through git "
                          f"(run `git init`, commit the site and add a remote, e.g. "
                          f"`git remote add origin git@github.com:USER/REPO.git`)")
    top = Path(found.stdout.strip())
    if not git.ok("remote", "get-url", options.remote):
        known = git.run("remote").split()
        listed = f"this repository's remotes: {', '.join(known)}" if known else "this repository has no remotes"
        if re.search(r"[/:\\]", options.remote):  # an address: --remote takes a remote's name
            name = "origin" if "origin" not in known else "pages"
            address = shown_url(options.remote)
            raise DeployError(f"--remote takes the name of a git remote, not an address like '{address}' "
                              f"({listed}); add it as one with `git remote add {name} {shlex.quote(address)}`, "
                              f"then deploy{'' if name == 'origin' else ' --remote ' + name}")
        raise DeployError(f"no git remote named '{options.remote}' ({listed}); add one with "
                          f"`git remote add {options.remote} URL` or choose another with --remote")
    url = git.run("remote", "get-url", options.remote)  # (with url.*.insteadOf applied: where git pushes)
    named = git.attempt("config", "--get", f"remote.{options.remote}.url").stdout.strip() or url  # as written
    for ident in ("GIT_AUTHOR_IDENT", "GIT_COMMITTER_IDENT"):
        if not git.ok("var", ident):
            raise DeployError("git does not know who you are, and a deploy commit needs an author: run "
                              "`git config --global user.name \"Your Name\"` and "
                              "`git config --global user.email you@example.com`")
    if (options.branch == "HEAD" or options.branch.startswith(("refs/", "-")) or not git.ok(
            "check-ref-format", f"refs/heads/{options.branch}")):  # (HEAD and refs/… make refs/heads/HEAD, …)
        hint = f": write --branch {options.branch[len('refs/heads/'):]}" if options.branch.startswith(
            "refs/heads/") else ""
        raise DeployError(f"'{options.branch}' is not a valid branch name (--branch){hint}")
    # the remote branch as the last fetch or push saw it, in this history; or a branch here that holds the site and
    # would be pushed to that remote (main, not pushed yet)
    tracked, local = f"refs/remotes/{options.remote}/{options.branch}", f"refs/heads/{options.branch}"
    pushed_to = git.attempt("config", "--get", f"branch.{options.branch}.remote").stdout.strip() or "origin"
    if (git.ok("rev-parse", "--verify", "--quiet", tracked) and git.ok("merge-base", "--is-ancestor", tracked, "HEAD")
            and _still_there(git, options.remote, options.branch, tracked)
            ) or (pushed_to == options.remote and git.ok("cat-file", "-e", f"{local}:{_site_yaml(site_root, top)}")):
        raise _source_branch(options.remote, options.branch, site_root, top)  # (said before building)
    if git.ok("rev-parse", "--verify", "--quiet", "HEAD^{commit}"):
        sha = git.run("rev-parse", "--short", "HEAD")
        subject = git.run("log", "-1", "--format=%s", "HEAD")
    else:
        sha, subject = "uncommitted", "first deploy before any commit"
    dirty = _dirty(git, top, site_root, output)
    github = next((candidate for candidate in (named, url) if on_github(candidate)), "")  # (insteadOf either way)
    return Repo(git, top, shown_url(url), sha + ("+dirty" if dirty else ""), subject, dirty, github)


def into_folder(into: str | None) -> str:
    """--into's folder without its final '/': one inside the branch that a base_url can hold (`gas`, `2024/gas/`);
    "" without --into (the whole branch)."""
    if into is None:
        return ""
    if not into.strip("/ "):  # `--into "$FOLDER"` with $FOLDER unset would replace every briefing of the branch
        raise DeployError(f"--into {into!r} names no folder: give the briefing's folder, like 'gas' (or leave --into "
                          f"out to publish the site as the whole branch)")
    if not FOLDER_NAME.fullmatch(into.removesuffix("/") + "/"):
        raise DeployError(f"--into must be a folder of the branch, like 'gas' or '2024/gas' (letters, digits, "
                          f"'.', '_', '~', '-'), not {into!r}")
    first = into.split("/", 1)[0]
    if first.lower() in {name.lower() for name in (CNAME, NOJEKYLL, INDEX)}:  # (the root's own files)
        raise DeployError(f"--into {into!r}: {first} is a file the branch's root keeps for GitHub Pages (or its list "
                          f"of briefings), no folder for a briefing: choose another name, like 'gas'")
    return into.removesuffix("/")


def _dirty(git: Git, top: Path, site_root: Path, output: Path) -> str:
    """Why the site is not as committed, or "": uncommitted changes in its folder or in what its links lead to
    (shared templates), not counting the output folder and the build cache; or a link out of the repository."""
    from generator.cache import FOLDER
    from generator.environment import kept_out
    from generator.inputs import files, link_targets

    root = site_root.resolve()
    specs = ["--", str(root)]
    for link, target in link_targets(site_root):
        if target.is_relative_to(root):
            continue
        if not target.is_relative_to(top):
            return f"{located(site_root, link)} leads out of the repository, to {target}: what the site takes from " \
                   "there is in no commit"
        specs.append(str(target))
    out = output.resolve()
    for made in (out, out.parent / FOLDER):
        if made.is_relative_to(top):
            specs.append(f":(exclude){made}")
    # --no-optional-locks: status must not refresh (rewrite) the user's index
    changed = git.run("--no-optional-locks", "status", "--porcelain", "--untracked-files=all", *specs,
                      what="git status")  # (every new file, whatever status.showUntrackedFiles says)
    folder = located_folder(site_root)
    if changed or _hidden_changes(git, specs):
        return f"{'this folder' if folder == './' else folder} has changes not committed to git"
    # a file the build reads that git ignores (a draft card in .git/info/exclude) is in no commit, nor in status:
    # site.yaml, the cards, the source, the templates and assets (not a Thumbs.db or a card.yaml.orig beside them)
    config = load_config(site_root, Problems())
    source = config.source_file if config is not None else ""
    read = [str(root / rel) for rel in files(root, source) if not rel.endswith("/") and not kept_out(Path(rel))
            and (not rel.startswith("content/") or rel.endswith((".yaml", ".yml")) or rel == source)]
    ignored = git.attempt("check-ignore", "-z", "--stdin", stdin="\0".join(read)).stdout.split("\0")[:-1]
    if ignored:
        more = f" (and {len(ignored) - 1} more)" if len(ignored) > 1 else ""
        return f"{located(site_root, Path(ignored[0]).relative_to(root).as_posix())}{more} is ignored by git, so " \
               "in no commit, and the site is built from it"
    return ""


def _hidden_changes(git: Git, specs: list[str]) -> bool:
    """Whether a file git's index marks skip-worktree or assume-unchanged (which git status then passes over)
    differs from what is committed."""
    marked = [entry[2:] for entry in git.run("ls-files", "-v", "-z", *specs, what="git ls-files").split("\0")
              if entry[:1] == "S" or entry[:1].islower()]
    if not marked:
        return False
    staged = [entry.split()[1] for entry in git.run("ls-files", "-s", "-z", "--", *marked, what="git ls-files")
              .split("\0") if entry]
    found = git.attempt("hash-object", "--stdin-paths", stdin="\n".join(marked) + "\n")
    return found.returncode != 0 or found.stdout.split() != staged


def published_files(output: Path, cname: str, into: str = "") -> dict[str, Path | bytes]:
    """{branch path: file or content}: the built site without the generator's marker (in the folder `into`),
    plus .nojekyll and CNAME (at the branch's root: they are about the whole branch)."""
    files: dict[str, Path | bytes] = {}
    for path in sorted(output.rglob("*")):
        rel = path.relative_to(output).as_posix()
        if path.is_file() and rel != MARKER:
            if printable(rel) != rel:  # (git's list of paths is one a line: a line end splits it)
                raise DeployError(f"{located_folder(output)} has a file with a control character in its name "
                                  f"({printable(rel)}), which cannot be published: rename it (or build again)")
            files[f"{into}/{rel}" if into else rel] = path
    files[NOJEKYLL] = b""
    if cname:
        files[CNAME] = f"{cname}\n".encode()
    return files


def hash_files(git: Git, files: dict[str, Path | bytes], scratch: Path, write: bool) -> dict[str, str]:
    """{path: blob sha} for `files`; with `write`, the blobs are stored in the object database."""
    paths: list[str] = []
    for i, rel in enumerate(files):
        content = files[rel]
        if isinstance(content, bytes):
            extra = scratch / f"extra-{i}"
            extra.write_bytes(content)
            content = extra
        paths.append(str(content.resolve()))
    args = ["hash-object", "--no-filters", "--stdin-paths"] + (["-w"] if write else [])
    shas = git.run(*args, stdin="\n".join(paths) + "\n", what="storing the site's files").split()
    return dict(zip(files, shas, strict=True))


def refuse_source_branch(git: Git, tip: str, site_root: Path, top: Path, options: Options) -> None:
    """Refuse a branch that holds the site's source (its tip is in this history, or has the site's site.yaml):
    a deploy commit on it would replace the source with the built pages."""
    head = git.ok("rev-parse", "--verify", "--quiet", "HEAD^{commit}")
    if (head and git.ok("merge-base", "--is-ancestor", tip, "HEAD")) or git.ok("cat-file", "-e", f"{tip}:"
                                                                               f"{_site_yaml(site_root, top)}"):
        raise _source_branch(options.remote, options.branch, site_root, top)


def _site_yaml(site_root: Path, top: Path) -> str:
    rel = site_root.resolve().relative_to(top).as_posix()
    return "site.yaml" if rel == "." else f"{rel}/site.yaml"


def _still_there(git: Git, remote: str, branch: str, tracked: str) -> bool:
    """Whether the remote branch is still where the last fetch saw it (or the remote cannot say): a branch deleted
    there since, or moved, is no reason to refuse (the deploy checks the tip it finds)."""
    listed = git.attempt("ls-remote", "--", remote, f"refs/heads/{branch}")
    return listed.returncode != 0 or tip_in(listed.stdout, branch) == git.run("rev-parse", tracked)


def _source_branch(remote: str, branch: str, site_root: Path, top: Path) -> DeployError:
    other = "publish to another branch with --branch" if branch == Options.branch else \
        f"publish to a branch of its own (--branch, default {Options.branch})"
    return DeployError(f"refusing to deploy to {remote}/{branch}: it holds this site's source "
                       f"({_site_yaml(site_root, top)}), and a deploy would replace it with the built pages; {other}"
                       + (f", or, if {branch} was made from the source by mistake, delete it (`git push {remote} "
                          f"--delete {branch}`) and deploy again" if branch == Options.branch else ""))


def compare(old: dict[str, str], new: dict[str, str]) -> Changes:
    return Changes(
        added=tuple(sorted(set(new) - set(old))),
        changed=tuple(sorted(p for p in set(new) & set(old) if new[p] != old[p])),
        removed=tuple(sorted(set(old) - set(new))),
    )


_JEKYLL = {"_config.yml", "_config.yaml", "index.md", "index.markdown"}  # what tells a branch GitHub's Jekyll builds


def _check_folder(git: Git, old: dict[str, str], into: str, cname: str, target: str, force: bool) -> str:
    """Refuse --into where the branch has a file, or where its CNAME (the domain of all its folders) is not the
    site's cname, or (unless forced) a briefing deployed to the whole branch; returns the branch's domain ("" for
    none)."""
    clash = next((path for path in old if into == path or into.startswith(f"{path}/")), None)
    if clash:
        raise DeployError(f"{target} has a file '{clash}' where --into needs the folder '{into}': choose another "
                          f"folder, or remove the file from the branch")
    if nested := nesting(old, into):
        raise DeployError(f"--into {into} {nested} on {target}: give each briefing a folder of its own")
    if CARDS in old and not force:  # a briefing deployed to the whole branch: this one would go inside it
        raise DeployError(f"--into {into} would put this briefing inside the one deployed to the whole of {target} "
                          f"(its {CARDS} is at the branch's root), whose next deploy would remove it. To give the "
                          f"branch's briefings folders of their own, deploy with --force: that one's files leave the "
                          f"branch's root (deploy it again with --into a folder of its own)")
    jekyll = next((path for path in old if path in _JEKYLL or path.startswith(("_posts/", "_layouts/"))), None)
    if jekyll and NOJEKYLL not in old and not force:
        raise DeployError(f"{target} is built by Jekyll (its {jekyll}): a deploy --into adds {NOJEKYLL}, which turns "
                          "Jekyll off for the whole branch, so its own pages would no longer be built. Deploy to a "
                          "branch of its own (--branch), or with --force to go on")
    held = git.run("cat-file", "blob", old[CNAME].split()[1], what="reading the branch's CNAME").strip() \
        if CNAME in old else ""
    if cname and held and cname.lower() != held.lower():
        raise DeployError(f"{target} is served at {held} (its CNAME, for every folder on it), but site.yaml has "
                          f"cname: {cname}: make them the same, or remove cname from site.yaml")
    if cname and not held and any(not path.startswith(f"{into}/") and path != NOJEKYLL for path in old):
        log.warning("warning: this deploy gives %s a CNAME, %s: everything already on it moves to that domain",
                    target, cname)
    return cname or held


def built_as(output: Path) -> tuple[int, int]:
    """What tells one build's output folder from the next's: a build that changes anything swaps in another folder."""
    stat = output.stat()
    return stat.st_ino, stat.st_mtime_ns


def deploy(site_root: Path, output: Path, repo: Repo, options: Options, built: tuple[int, int] | None = None
           ) -> Changes:
    """Publish the built `output` to the remote branch (or, with dry_run, only compare); returns the changes.
    `built`: `built_as(output)` after the build that was checked; the output must still be that one when read."""
    git, target = repo.git, f"{options.remote}/{options.branch}"
    if repo.dirty:
        log.warning("warning: %s: %s, marked %s in the deploy's commit message", repo.dirty,
                    "a deploy would go ahead" if options.dry_run else "deploying anyway", repo.source)
    config = load_config(site_root, Problems())
    cname = config.cname if config else ""
    with tempfile.TemporaryDirectory(prefix="generator-deploy-") as tmp:
        scratch = Path(tmp)
        tip = remote_tip(git, options.remote, options.branch, repo.remote_url)
        if tip is not None:
            refuse_source_branch(git, tip, site_root, repo.top, options)
        old = tree_entries(git, tip)
        if not options.into and (others := briefing_folders(old)):
            shown = ", ".join(f"{folder}/" for folder in others[:5]) + (" …" if others[5:] else "")
            raise DeployError(f"{target} holds briefings deployed with --into ({shown}): a deploy of the whole branch "
                              f"would remove them; deploy this one with --into a folder of its own too")
        domain = _check_folder(git, old, options.into, cname, target, options.force) if options.into else cname
        said, doubts = ([], []) if config is None else base_url_warnings(
            config.base_url, domain, repo.github_url, options.into, config.url) if repo.github_url else (
            folder_base_url_warnings(config.base_url, options.into) if options.into else [], [])
        for warning in [*said, *doubts]:
            log.warning("warning: %s", warning)
        refused = (f"base_url does not suit where the site is served (above): {{}}. Fix it in site.yaml, or deploy "
                   f"with --allow-warnings if it does suit ({_WHERE})") if said and not options.allow_warnings and (
            not repo.github_url or on_github_com(repo.github_url)) else ""  # (GitHub Enterprise's address: a doubt)
        if refused and not options.dry_run:
            raise DeployError(refused.format("nothing was deployed"))
        from generator.spare import locked

        with locked(output.parent):  # (no build, a preview's, changes it while it is read)
            if built is not None and built_as(output) != built:
                raise DeployError(f"{located_folder(output)} changed after this deploy built and checked it (a preview "
                                  "running, or another build): nothing was deployed; deploy again")
            files = published_files(output, cname, options.into)
            blobs = hash_files(git, files, scratch, write=not options.dry_run)
        new = {p: f"{FILE_MODE} {sha}" for p, sha in blobs.items()}
        if options.into:  # the branch's other folders (other briefings) stay as they are; its root lists them
            if CARDS in old:  # (forced) the briefing deployed to the whole branch leaves its root
                folders = tuple(f"{folder}/" for folder in briefing_folders(old))
                old_kept = {p: e for p, e in old.items() if p in (CNAME, NOJEKYLL) or p.startswith(folders)}
                log.warning("warning: %s: the briefing deployed to the whole branch leaves its root (--force)", target)
            else:
                old_kept = old
            new = {**{p: e for p, e in old_kept.items() if not p.startswith(f"{options.into}/")}, **new}
            listing = branch_page(site_root, config, new, files, git.blob, options.into, old) if config else None
            if listing is not None:
                new[INDEX] = f"{FILE_MODE} {hash_files(git, {INDEX: listing}, scratch, not options.dry_run)[INDEX]}"
        changes = compare(old, new)
        if CNAME in changes.removed:
            log.warning("warning: %s has a CNAME file but site.yaml has no cname: this deploy removes it "
                        "(add cname: to site.yaml to keep a custom domain)", target)
        if options.dry_run:
            for line in changes.lines():
                print(line)
            state = "would be published" if changes or tip is None else "nothing would change"
            log.info("dry run: %s to %s (%s); nothing was committed or pushed", state, target, changes.summary())
            if refused:  # (as a dry run's editorial warnings: what a deploy would do, and that it would stop)
                raise DeployError(refused.format("a deploy would stop there"))
            return changes
        if tip is not None and not changes:
            log.info("nothing to deploy: %s already holds this build (%s); no commit, no push", target, tip[:7])
            return changes
        tree = write_tree(git, new, scratch)
    into = f"{options.into}/ from " if options.into else ""
    message = options.message or f"Deploy {into}{repo.source}: {repo.subject}"
    parents = ["-p", tip] if tip else []
    commit = git.run("commit-tree", tree, *parents, "-m", message, what="making the deploy commit")
    push(git, commit, options.remote, options.branch, options.force, repo.remote_url)
    log.info("deployed %s to %s%s (%s): commit %s", repo.source, target, f" in {options.into}/" if options.into else "",
             changes.summary(), commit[:7])
    return changes

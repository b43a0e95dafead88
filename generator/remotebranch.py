"""The deploy's branch on the remote, with git plumbing only: its tip (fetched, no ref of the repository touched),
its files, a tree of files assembled in a throw-away index, and the push of a commit as the branch."""

from __future__ import annotations

import logging
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.gitrun import DeployError, Git, git_message

log = logging.getLogger(__name__)


def shown_url(url: str) -> str:
    """A remote's address as messages show it: without what may be a password or token before its host
    (`https://x-access-token:TOKEN@github.com/…` is `https://github.com/…`, as git's own messages show it; an
    ssh:// address keeps its user name, `ssh://git@host/…`, and loses only a password)."""
    given = re.match(r"([A-Za-z][A-Za-z0-9+.-]*://)([^/]*)@", url)  # (to the last @ before the host: p@ss too)
    if given is None:
        return url
    user = "" if given[1].lower().startswith(("http", "ftp")) else given[2].split(":", 1)[0] + "@"
    return given[1] + user + url[given.end():]


def tip_in(listed: str, branch: str) -> str | None:
    """The tip of `branch` in what `git ls-remote` printed, or None."""
    ref = f"refs/heads/{branch}"
    return next((line.split("\t")[0] for line in listed.splitlines() if line.endswith(f"\t{ref}")), None)


def remote_tip(git: Git, remote: str, branch: str, url: str) -> str | None:
    """The remote branch's tip (fetched into the object store, no ref touched), or None if it has none."""
    ref = f"refs/heads/{branch}"
    tip = tip_in(git.run("ls-remote", "--", remote, ref, what=f"reaching the remote '{remote}' ({url})"), branch)
    if tip is None:
        return None
    if not git.ok("cat-file", "-e", f"{tip}^{{commit}}"):
        # (--refmap= : not even the remote-tracking branch, which git updates when the refspec is the remote's own)
        git.run("fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--refmap=", remote, ref,
                what=f"fetching {remote}/{branch}")
    return tip


def tree_entries(git: Git, commit: str | None) -> dict[str, str]:
    """{path: 'mode sha'} of every file in `commit`'s tree (empty for no commit)."""
    if commit is None:
        return {}
    entries: dict[str, str] = {}
    for line in git.run("ls-tree", "-r", "-z", "--full-tree", commit, what="reading the deployed tree").split("\0"):
        if line:
            meta, path = line.split("\t", 1)
            mode, _kind, sha = meta.split()
            entries[path] = f"{mode} {sha}"
    return entries


def write_tree(git: Git, entries: dict[str, str], scratch: Path) -> str:
    """Assemble `entries` ({path: 'mode sha'}) into a tree in a throw-away index; returns the tree's sha."""
    index = {"GIT_INDEX_FILE": str(scratch / "index")}
    info = "".join(f"{entry}\t{path}\0" for path, entry in sorted(entries.items()))  # (names as they are: a '"'
    git.run("update-index", "--add", "-z", "--index-info", stdin=info, env=index,  # or a line end, pushed by hand)
            what="assembling the site's tree")
    return git.run("write-tree", env=index, what="assembling the site's tree")


@contextmanager
def _uninterrupted() -> Iterator[None]:
    """Ctrl-C and SIGTERM held off (git inherits it): a push stopped halfway may or may not have published, and
    "nothing was published" would not be known to be true. It finishes, and says it was let finish."""
    held = {signal.SIGINT, signal.SIGTERM}
    try:
        before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    except (AttributeError, OSError):  # (no signal masks here: as before)
        yield
        return
    try:
        yield
    finally:
        came = held & signal.sigpending()
        for _ in came:
            signal.sigtimedwait(held, 0)  # taken, so that it does not stop what comes after the push
        signal.pthread_sigmask(signal.SIG_SETMASK, before)
        if came:
            log.warning("interrupted during the push: it was let finish, so that what was published is known")


def push(git: Git, commit: str, remote: str, branch: str, force: bool, url: str) -> None:
    """Push `commit` as the remote branch; a rejected push changes nothing on the remote."""
    spec = f"{'+' if force else ''}{commit}:refs/heads/{branch}"
    with _uninterrupted():
        done = git.attempt("push", "--quiet", "--", remote, spec)
    if done.returncode == 0:
        return
    pushing = f"pushing to {remote} ({url})"
    refused = re.search(r"\[remote rejected\][^(\n]*\(([^)\n]*)\)", done.stderr)
    if refused:  # a hook, a protected branch, a size limit: --force cannot get past the remote's own refusal
        said = " ".join(filter(None, (line.strip().removeprefix("remote:").strip() for line in
                                      done.stderr.splitlines() if line.strip().startswith("remote:"))))
        raise DeployError(f"{pushing} was refused by the remote ({refused[1]}{': ' + said if said else ''}): "
                          f"nothing was published; allow the push to {branch} there (a protected branch, a "
                          f"hook), as --force cannot get past it")
    if "[rejected]" in done.stderr:  # (git's lines, "! [rejected] 8743…581 -> gh-pages (fetch first)", say no more)
        raise DeployError(f"{pushing} was rejected: someone else deployed to {branch} while this deploy ran. "
                          f"Nothing was published; run deploy again (it builds on their commit, keeping both in the "
                          f"history) or use --force to replace their deploy with this one")
    reason = git_message(done.stderr) or f"git push exited with status {done.returncode}"
    raise DeployError(f"{pushing} failed: {reason}")

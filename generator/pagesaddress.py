"""Where GitHub Pages serves a repository's site, for `deploy`: whether a remote is GitHub's, and the base_url a
briefing needs there (a project site, a user or organisation site, a custom domain)."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)


def warn_base_url(base_url: str, cname: str, remote_url: str, into: str = "", url: str = "") -> None:
    """Warn when base_url, or the site's public `url`, does not suit where GitHub Pages will serve this repository's
    site (in `into`)."""
    name = repository_name(remote_url)
    if not name:
        return
    folder = f"{into}/" if into else ""
    owner = repository_owner(remote_url)
    if cname:
        origin, expected, kind = f"https://{cname}", f"/{folder}", "a custom domain"
    elif name.lower().endswith(".github.io"):
        origin, expected, kind = f"https://{name.lower()}", f"/{folder}", "a user or organisation site"
    else:
        origin = f"https://{owner.lower() or '<user>'}.github.io"
        expected, kind = f"/{name}/{folder}", "a project site"
    where = f"{origin}{expected} ({kind})"
    if base_url != expected:
        log.warning("warning: base_url is '%s' in site.yaml, but the remote's repository '%s' is served at %s: "
                    "set base_url: \"%s\" or links in pages such as 404.html will break",
                    base_url, name, where, expected)
    if url and "<" not in origin and _host(url) != _host(origin):
        log.warning("warning: url is '%s' in site.yaml, but the remote's repository '%s' is served at %s: set url: "
                    "\"%s\" (or cname: in site.yaml, if a domain of your own leads there), or the canonical links, "
                    "the sitemap and the share cards point elsewhere", url, name, where, origin)


def _host(url: str) -> str:
    found = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url, re.IGNORECASE)
    return found.group(1).lower() if found else url.lower()


def warn_folder_base_url(base_url: str, into: str) -> None:
    """Warn when base_url does not end in the folder `into` a deploy publishes in (a host other than GitHub's)."""
    if not base_url.endswith(f"/{into}/"):
        log.warning("warning: base_url is '%s' in site.yaml, but --into publishes this briefing in the branch's "
                    "folder %s/: wherever the branch is served, base_url should end in '/%s/' or links in pages such "
                    "as 404.html will break", base_url, into, into)


def on_github(url: str) -> bool:
    """Whether a remote URL names a repository on GitHub (`git@github.com:u/r.git`, `https://github.com/u/r`, an
    SSH host alias like `github-work`, `ssh.github.com`)."""
    host = re.match(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?([^/:]+)", url, re.IGNORECASE)
    return host is not None and "github" in host.group(1).lower()


def repository_name(url: str) -> str:
    """`repo` from `git@github.com:user/repo.git`, `https://github.com/user/repo` or `/srv/repo.git`."""
    last = re.split(r"[/:\\]", url.rstrip("/"))[-1]
    return last.removesuffix(".git")


def repository_owner(url: str) -> str:
    """`user` from `git@github.com:user/repo.git` or `https://github.com/user/repo`; "" when the URL names none."""
    parts = [part for part in re.split(r"[/:\\]", url.rstrip("/")) if part]
    return parts[-2] if len(parts) >= 3 and on_github(url) else ""

"""Where GitHub Pages serves a repository's site, for `deploy`: whether a remote is GitHub's, and the base_url a
briefing needs there (a project site, a user or organisation site, a custom domain)."""

from __future__ import annotations

import re


def base_url_warnings(base_url: str, cname: str, remote_url: str, into: str = "", url: str = ""
                      ) -> tuple[list[str], list[str]]:
    """What is wrong when base_url does not suit where GitHub Pages will serve this repository's site (in `into`):
    its links break; and when the site's public `url` does not (a proxy of one's own may serve it there: a doubt)."""
    name = repository_name(remote_url)
    if not name or _host_of(remote_url).startswith("gist."):  # (a gist serves no Pages site)
        return [], []
    said, doubts = [], []
    folder = f"{into}/" if into else ""
    owner = repository_owner(remote_url)
    if cname:
        origin, expected, kind = f"https://{cname}", f"/{folder}", "a custom domain"
    elif name.lower().endswith(".github.io") and (not owner or name.lower() == f"{owner.lower()}.github.io"):  # (a
        # fork of someone's user site is a project site of its own)
        origin, expected, kind = f"https://{name.lower()}", f"/{folder}", "a user or organisation site"
    else:
        origin = f"https://{owner.lower() or '<user>'}.github.io"
        expected, kind = f"/{name}/{folder}", "a project site"
    where = f"{origin}{expected} ({kind})"
    if base_url != expected:
        said.append(f"base_url is '{base_url}' in site.yaml, but the remote's repository '{name}' is served at "
                    f"{where}: set base_url: \"{expected}\" or links in pages such as 404.html will break")
    if url and "<" not in origin and _host(url) != _host(origin):
        doubts.append(f"url is '{url}' in site.yaml, but the remote's repository '{name}' is served at {where}: set "
                    f"url: \"{origin}\" (or cname: in site.yaml, if a domain of your own leads there), or the "
                    "canonical links, the sitemap and the share cards point elsewhere")
    return said, doubts


def _host(url: str) -> str:
    found = re.match(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", url, re.IGNORECASE)
    return found.group(1).lower() if found else url.lower()


def folder_base_url_warnings(base_url: str, into: str) -> list[str]:
    """What is wrong when base_url does not end in the folder `into` a deploy publishes in (a host other than
    GitHub's)."""
    if base_url.endswith(f"/{into}/"):
        return []
    return [f"base_url is '{base_url}' in site.yaml, but --into publishes this briefing in the branch's folder "
            f"{into}/: wherever the branch is served, base_url should end in '/{into}/' or links in pages such as "
            "404.html will break"]


def _host_of(url: str) -> str:
    host = re.match(r"^(?:[a-z][a-z0-9+.-]*://)?(?:[^@/]*@)?([^/:]+)", url, re.IGNORECASE)
    return host.group(1).lower() if host else ""


def on_github_com(url: str) -> bool:
    """Whether a remote URL names a repository on github.com itself, whose Pages address is known for sure (not
    GitHub Enterprise's `github.example.com`, served elsewhere; an SSH alias like `github-work` is github.com's)."""
    host = _host_of(url)
    return host in ("github.com", "www.github.com", "ssh.github.com") or ("github" in host and "." not in host)


def on_github(url: str) -> bool:
    """Whether a remote URL names a repository on GitHub (`git@github.com:u/r.git`, `https://github.com/u/r`, an
    SSH host alias like `github-work`, `ssh.github.com`)."""
    return "github" in _host_of(url)


def repository_name(url: str) -> str:
    """`repo` from `git@github.com:user/repo.git`, `https://github.com/user/repo` or `/srv/repo.git`."""
    last = re.split(r"[/:\\]", url.rstrip("/"))[-1]
    return last.removesuffix(".git")


def repository_owner(url: str) -> str:
    """`user` from `git@github.com:user/repo.git` or `https://github.com/user/repo`; "" when the URL names none."""
    parts = [part for part in re.split(r"[/:\\]", url.rstrip("/")) if part]
    return parts[-2] if len(parts) >= 3 and on_github(url) else ""

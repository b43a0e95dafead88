""".github/workflows/pages.yml: valid for GitHub, and it installs, checks, builds and deploys as the README says."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT, build, copy_site

WORKFLOW = ROOT / ".github" / "workflows" / "pages.yml"


def schema_check(path: Path) -> subprocess.CompletedProcess[str]:
    """check-jsonschema with its vendored GitHub workflow schema (no network needed)."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(path)],
        capture_output=True, text=True, check=False, timeout=60,
    )


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    loaded: dict[Any, Any] = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return loaded


def steps(workflow: dict[Any, Any], job: str) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = workflow["jobs"][job]["steps"]
    return found


def step(workflow: dict[Any, Any], name: str) -> dict[str, Any]:
    (found,) = [s for job in workflow["jobs"] for s in steps(workflow, job) if s.get("name") == name]
    return found


def action(workflow: dict[Any, Any], job: str, name: str) -> dict[str, Any]:
    """The step of `job` that uses the action `name` (owner/repo), and its major version as 'major'."""
    (found,) = [s for s in steps(workflow, job) if s.get("uses", "").split("@")[0] == name]
    major = re.fullmatch(r"v(\d+)", found["uses"].split("@")[1])
    assert major is not None, found["uses"]
    return {**found, "major": int(major[1])}


def readme_commands() -> tuple[str, str, str]:
    """(install, build, test) from the README's first code block: `INSTALL && BUILD` then `TEST`."""
    block = re.search(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), re.S)
    assert block is not None, "the README has no sh block"
    first, second = [line.split("#")[0].strip() for line in block[1].strip().splitlines()[:2]]
    install, build_command = (part.strip() for part in first.split("&&"))
    return install, build_command, second


def test_workflow_is_valid_for_github() -> None:
    done = schema_check(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "ok -- validation done" in done.stdout


def test_schema_check_catches_a_broken_workflow(tmp_path: Path) -> None:
    broken = tmp_path / "pages.yml"
    broken.write_text(WORKFLOW.read_text(encoding="utf-8").replace("pages: write", "pages: writ"), encoding="utf-8")
    done = schema_check(broken)
    assert done.returncode == 1
    assert "'writ' is not one of ['read', 'write', 'none']" in done.stdout


def test_triggers_permissions_and_concurrency(workflow: dict[Any, Any]) -> None:
    """Each job has the permissions it needs, no more: the build job (which installs packages and runs the build)
    cannot write to Pages nor ask for an OIDC token; a pull request is built and checked, never deployed."""
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert triggers["push"] == {"branches": ["main"]} and triggers["pull_request"] == {"branches": ["main"]}
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read"}
    jobs = workflow["jobs"]
    assert jobs["build"]["permissions"] == {"contents": "read", "pages": "read"}
    assert jobs["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}
    assert jobs["deploy"]["if"] == "github.event_name != 'pull_request'"
    assert jobs["deploy"]["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    assert "concurrency" not in workflow and "concurrency" not in jobs["build"]  # (pull requests never wait)


def test_build_job_installs_checks_and_builds_with_the_readme_commands(workflow: dict[Any, Any]) -> None:
    """Not the generator's test suite: it tests this repository's briefing, and a fork with a briefing of its own
    (its content/ and site.yaml replaced) failed it, so nothing was ever published."""
    install, build_command, test = readme_commands()
    runs = [s["run"].strip() for s in steps(workflow, "build") if "run" in s]
    assert runs[:3] == [install, "python3 -m generator check --strict --github", build_command]
    assert not any(test in run or "pytest" in run for run in runs)
    uses = [s["uses"].split("@")[0] for s in steps(workflow, "build") if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/configure-pages",
                    "actions/upload-pages-artifact"]
    assert action(workflow, "build", "actions/setup-python")["with"]["python-version"] == "3.11"


def test_pages_artifact_keeps_hidden_files(workflow: dict[Any, Any]) -> None:
    upload = action(workflow, "build", "actions/upload-pages-artifact")
    # v4 drops hidden files with no way to keep them; v5 added the include-hidden-files input
    assert upload["major"] >= 5
    assert upload["with"] == {"path": "output/", "include-hidden-files": True}
    names = [s.get("name") or s.get("uses") for s in steps(workflow, "build")]
    assert names.index("Prepare the Pages folder") < names.index(upload["uses"])


def test_deploy_job_uses_deploy_pages_in_the_github_pages_environment(workflow: dict[Any, Any]) -> None:
    job = workflow["jobs"]["deploy"]
    assert job["needs"] == "build"
    assert job["environment"] == {"name": "github-pages", "url": "${{ steps.deployment.outputs.page_url }}"}
    assert action(workflow, "deploy", "actions/deploy-pages")["id"] == "deployment"
    assert action(workflow, "build", "actions/configure-pages")["id"] == "pages"


def run_step(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """A `run:` script as the runner runs it (bash -e), in `cwd`."""
    return subprocess.run(["bash", "-e", "-c", script], cwd=cwd, env={**os.environ, **env},
                          capture_output=True, text=True, check=False, timeout=60)


def test_prepare_step_adds_nojekyll_and_drops_the_marker(workflow: dict[Any, Any], tmp_path: Path) -> None:
    site = copy_site("village", tmp_path)
    assert build(site) == 0
    built = {p.relative_to(site / "output").as_posix() for p in (site / "output").rglob("*") if p.is_file()}
    done = run_step(step(workflow, "Prepare the Pages folder")["run"], site)
    assert done.returncode == 0, done.stderr
    after = {p.relative_to(site / "output").as_posix() for p in (site / "output").rglob("*") if p.is_file()}
    assert after == built - {".generator-output"} | {".nojekyll"}


def test_editorial_check_step_fails_on_a_warning_shown_on_its_line(workflow: dict[Any, Any], tmp_path: Path) -> None:
    site = copy_site("village", tmp_path)
    script = step(workflow, "Editorial check")["run"]
    done = run_step(script, site)
    assert (done.returncode, done.stdout) == (0, ""), done.stderr
    cost = site / "content/economy/cost.yaml"
    cost.write_text(cost.read_text(encoding="utf-8").replace("value: 18", "value: 19"), encoding="utf-8")
    done = run_step(script, site)
    assert done.returncode == 1
    assert done.stdout == ("::error file=content/economy/cost.yaml,line=13,col=12::figures[1].value 19 does not occur "
                           "in the source_quote (numbers in it: 4,200,000; 18; 1.5; 2)\n")


def test_base_url_check_step_warns_on_a_mismatch(workflow: dict[Any, Any], tmp_path: Path) -> None:
    site = copy_site("village", tmp_path)  # base_url: /village/
    script = step(workflow, "Check base_url against the Pages address")["run"]
    done = run_step(script, site, PAGES_PATH="/village/")
    assert (done.returncode, done.stdout) == (0, "")
    done = run_step(script, site, PAGES_PATH="/bridge-briefing/")
    assert done.returncode == 0
    assert done.stdout.startswith("::warning file=site.yaml::base_url is '/village/' but GitHub Pages serves this "
                                  "site at '/bridge-briefing/': set base_url: \"/bridge-briefing/\"")

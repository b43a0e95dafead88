"""Running git for a deploy: its failures as DeployError, and an end to a remote that stalls."""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from generator.errors import UsageError

STALLED_SECONDS = 60  # a remote that sends nothing for this long has stalled: git (or ssh) gives up
NO_GIT = "git is not installed (or not on PATH): deploy publishes through git; install it and try again"


class DeployError(UsageError):
    """Git is missing or refused: printed as `error: …`, exit status 1."""


@dataclass(frozen=True)
class Git:
    """Runs git in one folder and turns its failures into DeployError."""

    cwd: Path

    def attempt(self, *args: str, stdin: str | None = None, env: dict[str, str] | None = None,
                ) -> subprocess.CompletedProcess[str]:
        """Run `git ARGS` and return what happened, whatever its exit status."""
        try:  # (a remote that accepts and never answers ends the deploy, unless the user's own settings say)
            return subprocess.run(["git", *args], cwd=self.cwd, input=stdin, capture_output=True, text=True,
                                  env={**self._stall_limits, **os.environ, **(env or {})}, check=False)
        except FileNotFoundError:
            raise DeployError(NO_GIT) from None

    def run(self, *args: str, stdin: str | None = None, what: str = "", env: dict[str, str] | None = None) -> str:
        """Run `git ARGS`; returns stdout without its final newline, raises DeployError saying `what` failed."""
        done = self.attempt(*args, stdin=stdin, env=env)
        if done.returncode != 0:
            reason = git_message(done.stderr) or f"git {args[0]} exited with status {done.returncode}"
            raise DeployError(f"{what or 'git ' + args[0]} failed: {reason}")
        return done.stdout.removesuffix("\n")

    def ok(self, *args: str) -> bool:
        """True when `git ARGS` succeeds (output discarded)."""
        return self.attempt(*args).returncode == 0

    def blob(self, sha: str) -> bytes:
        """A file's bytes from the object database."""
        done = subprocess.run(["git", "cat-file", "blob", sha], cwd=self.cwd, capture_output=True, check=False)
        if done.returncode != 0:
            raise DeployError(f"reading a file of the branch failed: {git_message(done.stderr.decode()) or sha}")
        return done.stdout

    @cached_property
    def _stall_limits(self) -> dict[str, str]:
        """An HTTP remote that sends nothing for STALLED_SECONDS ends the deploy ("Operation too slow"); so does an
        SSH one (no answer to the connection, or none to ssh's keep-alive messages), unless the user chose how git
        runs ssh (GIT_SSH_COMMAND, GIT_SSH, core.sshCommand). The environment's own values win over these."""
        limits = {"GIT_HTTP_LOW_SPEED_LIMIT": "1", "GIT_HTTP_LOW_SPEED_TIME": str(STALLED_SECONDS)}
        if "GIT_SSH_COMMAND" in os.environ or "GIT_SSH" in os.environ:
            return limits
        try:
            configured = subprocess.run(["git", "config", "--get", "core.sshCommand"], cwd=self.cwd,
                                        capture_output=True, check=False).returncode != 1  # 1: not set
        except FileNotFoundError:  # no git: the command itself says so
            return limits
        if not configured:
            alive = max(1, STALLED_SECONDS // 4)
            limits["GIT_SSH_COMMAND"] = (f"ssh -o ConnectTimeout={STALLED_SECONDS} -o ServerAliveInterval={alive} "
                                         f"-o ServerAliveCountMax={-(-STALLED_SECONDS // alive)}")
        return limits


def git_message(stderr: str) -> str:
    """Git's error text on one line, without the `fatal:`/`error:` prefixes and hint lines."""
    lines = [re.sub(r"^(fatal|error): ", "", line.strip()) for line in stderr.splitlines()]
    return " ".join(line for line in lines if line and not line.startswith("hint:"))

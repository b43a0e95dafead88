"""errors.py: how a system error reads (the rest of the module's reports are checked through the commands)."""

from __future__ import annotations

import errno
import os

from generator.errors import system_error


def test_a_system_error_names_its_files_then_says_what_went_wrong() -> None:
    assert system_error(FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), "out/x")) == \
        "out/x: No such file or directory"
    assert system_error(OSError(errno.EXDEV, os.strerror(errno.EXDEV), "a", None, "b")) == \
        "a -> b: Invalid cross-device link"
    assert system_error(PermissionError(errno.EACCES, os.strerror(errno.EACCES), b"caf\xc3\xa9\n")) == \
        "café\\n: Permission denied"  # (a byte name decoded; a line break shown, not made)
    assert system_error(OSError(errno.EIO, os.strerror(errno.EIO))) == "Input/output error"
    assert system_error(OSError("disk on fire")) == "disk on fire"

"""benchmarks/instructions.py: the instruction count read from Valgrind's summary."""

from __future__ import annotations

import sys

import pytest

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import instructions  # benchmarks/instructions.py


def test_the_count_is_read_from_cachegrinds_summary() -> None:
    output = "==28966== \n==28966== I   refs:      6,049,331,129\n"
    assert instructions.instructions(output) == 6_049_331_129


def test_an_output_without_a_count_is_an_error() -> None:
    with pytest.raises(ValueError, match="no 'I refs' line"):
        instructions.instructions("==1== Command: python3\n")

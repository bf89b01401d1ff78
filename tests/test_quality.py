"""The code's own checks, run with the suite: ruff and mypy strict over quoteattr, tests and benchmarks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import ROOT


def _run(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_clean() -> None:
    pytest.importorskip("ruff", reason="ruff is not installed: pip install -e '.[test]'")
    result = _run(sys.executable, "-m", "ruff", "check", "quoteattr", "tests", "benchmarks")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict_clean() -> None:
    pytest.importorskip("mypy", reason="mypy is not installed: pip install -e '.[test]'")
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr

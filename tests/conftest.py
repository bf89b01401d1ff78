"""Test-suite configuration: Hypothesis profiles and the paths of shared data.

The quoteattr plugin is not listed in ``pytest_plugins``: it is registered by
its entry point once the package is installed (``pip install -e ".[test]"``).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "seeds"
SHARED_DATA = Path(os.environ.get("QUOTEATTR_SHARED_DATA", ROOT.parent / "shared" / "data"))
CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
"""True under CI, where every optional tool (spaCy, Chromium) is installed and its tests must run."""


def skip_unless_ci(reason: str) -> NoReturn:
    """Skip the test (or module) for *reason*; under CI, fail instead, since nothing may be skipped there."""
    if CI:
        pytest.fail(f"{reason}; CI is set, so this test must run", pytrace=False)
    pytest.skip(reason, allow_module_level=True)


settings.register_profile("default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden``: rewrite the selected golden cases' statements from current output.

    For developers only (not part of the public plugin): the run then fails, so every
    regeneration is read as a git diff before it is committed. CI never passes it.
    """
    parser.addoption("--update-golden", action="store_true", help="rewrite golden statements from output")

"""Test-suite configuration: Hypothesis profiles and the paths of shared data.

The quoteattr plugin is not listed in ``pytest_plugins``: it is registered by
its entry point once the package is installed (``pip install -e ".[test]"``).
"""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "seeds"
SHARED_DATA = Path(os.environ.get("QUOTEATTR_SHARED_DATA", ROOT.parent / "shared" / "data"))

settings.register_profile("default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

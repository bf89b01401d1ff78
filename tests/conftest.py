"""Test-suite configuration: Hypothesis profiles, the paths of shared data, and the CI rule.

The quoteattr plugin is not listed in ``pytest_plugins``: it is registered by
its entry point once the package is installed (``pip install -e ".[test]"``).

The CI rule: under CI (the environment variable ``CI`` set to ``true``, as ``.ci/run``
and CI services set it) no test may skip. Every optional tool (spaCy, PySpark, Java,
pandas, tqdm, Chromium) is installed there and the shared data is present, so a skip
would hide a broken path: ``NoSkipUnderCI`` turns each skip into a failure that says
why. A test skips the ordinary way (``pytest.skip``, ``pytest.importorskip``) and the
rule applies by itself. The one exception is a ``skipif`` mark on the interpreter's
version, which CI cannot change; strict xfails are no skips.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden"
SEEDS = ROOT / "seeds"
SHARED_DATA = Path(os.environ.get("QUOTEATTR_SHARED_DATA", ROOT.parent / "shared" / "data"))
CI = os.environ.get("CI", "").lower() not in ("", "0", "false")
"""True under CI (``CI=true``), where every optional tool is installed and no test may skip."""


def _skip_reason(report: pytest.TestReport | pytest.CollectReport) -> str:
    longrepr = report.longrepr
    return longrepr[2].removeprefix("Skipped: ") if isinstance(longrepr, tuple) else str(longrepr)


class NoSkipUnderCI:
    """The CI rule as a plugin: a skipped test fails instead, a skipped module is a collection error."""

    @pytest.hookimpl(wrapper=True)
    def pytest_runtest_makereport(
        self, item: pytest.Item, call: pytest.CallInfo[None]
    ) -> Generator[None, pytest.TestReport, pytest.TestReport]:
        report = yield
        if report.skipped and not hasattr(report, "wasxfail") and item.get_closest_marker("skipif") is None:
            report.outcome = "failed"
            report.longrepr = f"skipped under CI, where every test must run: {_skip_reason(report)}"
        return report

    @pytest.hookimpl(wrapper=True)
    def pytest_make_collect_report(
        self, collector: pytest.Collector
    ) -> Generator[None, pytest.CollectReport, pytest.CollectReport]:
        report = yield
        if report.skipped:
            report.outcome = "failed"
            report.longrepr = f"skipped under CI, where every test must run: {_skip_reason(report)}"
        return report


def pytest_configure(config: pytest.Config) -> None:
    """Apply the CI rule when ``CI`` is set."""
    if CI:
        config.pluginmanager.register(NoSkipUnderCI(), "quoteattr-no-skip-under-ci")


settings.register_profile("default", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


def pytest_addoption(parser: pytest.Parser) -> None:
    """``--update-golden``: rewrite the selected golden cases' statements from current output.

    For developers only (not part of the public plugin): the run then fails, so every
    regeneration is read as a git diff before it is committed. CI never passes it.
    """
    parser.addoption("--update-golden", action="store_true", help="rewrite golden statements from output")

"""quoteattr's pytest plugin: fixtures for tests of code that uses quoteattr.

Registered through the ``pytest11`` entry point, so any project with quoteattr
installed has these fixtures; ``-p no:quoteattr`` turns them off. The plugin
adds no options, markers or hooks, and importing it imports nothing of quoteattr
(the package's names load on first use): a pytest run pays for quoteattr only
when a test asks for one of these fixtures. ``tests/test_plugin.py`` measures
the import cost and keeps it under a bound. The session extractor is built when
a test first asks for it. The assertion helpers are in ``quoteattr.testing``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from quoteattr._model import Statement
    from quoteattr.extractor import Extractor
    from quoteattr.lexicon import Lexicon

__all__ = [
    "quoteattr_case_loader",
    "quoteattr_extract",
    "quoteattr_extractor",
    "quoteattr_lexicon",
]


@pytest.fixture(scope="session")
def quoteattr_lexicon() -> Lexicon:
    """The lexicon the other quoteattr fixtures use; override it in a conftest to add cues."""
    from quoteattr.lexicon import Lexicon

    return Lexicon.default()


@pytest.fixture(scope="session")
def quoteattr_extractor(quoteattr_lexicon: Lexicon) -> Extractor:
    """An ``Extractor`` built on ``quoteattr_lexicon``."""
    from quoteattr.extractor import Extractor

    return Extractor(quoteattr_lexicon)


@pytest.fixture
def quoteattr_extract(quoteattr_extractor: Extractor) -> Callable[[str], list[Statement]]:
    """A callable text -> statements, bound to ``quoteattr_extractor``."""
    return quoteattr_extractor.extract


@pytest.fixture(scope="session")
def quoteattr_case_loader(pytestconfig: pytest.Config) -> Callable[[str | Path], list[dict[str, Any]]]:
    """``quoteattr.testing.load_cases``, with relative paths taken from the project's rootdir."""
    from quoteattr.testing import load_cases

    def load(path: str | Path) -> list[dict[str, Any]]:
        return load_cases(pytestconfig.rootpath / path)

    return load

"""quoteattr's pytest plugin: fixtures for tests of code that uses quoteattr.

Registered through the ``pytest11`` entry point, so any project with quoteattr
installed has these fixtures; ``-p no:quoteattr`` turns them off. The plugin
adds no options or markers, and one hook, ``pytest_configure``, which notes the
rootdir so that ``quoteattr.testing.load_cases`` reads relative paths from it.
Importing it imports nothing of quoteattr (the package's names load on first
use): a pytest run pays for quoteattr only when a test asks for one of these
fixtures. ``tests/test_plugin.py`` measures the import cost and keeps it under a
bound. The session extractor is built when a test first asks for it. The
assertion helpers are in ``quoteattr.testing``.
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
    "rootdir",
]

_ROOTDIRS: list[Path] = []  # one per pytest session in progress (pytester nests them)


def pytest_configure(config: pytest.Config) -> None:
    """Note the session's rootdir, the base of ``load_cases``'s relative paths."""
    _ROOTDIRS.append(config.rootpath)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Forget the session's rootdir."""
    if _ROOTDIRS:
        _ROOTDIRS.pop()


def rootdir() -> Path | None:
    """The rootdir of the innermost pytest session in progress, or ``None`` outside pytest."""
    return _ROOTDIRS[-1] if _ROOTDIRS else None


class _Extract:
    """``quoteattr_extract``: text -> statements through the session's extractor.

    A bound method would print the extractor, and with it every word of the lexicon,
    wherever pytest shows the fixture (an assertion's explanation, ``--showlocals``).
    """

    __slots__ = ("_extractor",)

    def __init__(self, extractor: Extractor) -> None:
        self._extractor = extractor

    def __call__(self, text: str) -> list[Statement]:
        return self._extractor.extract(text)

    def __repr__(self) -> str:
        return "<quoteattr_extract: text -> list[Statement]>"


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
    return _Extract(quoteattr_extractor)


@pytest.fixture(scope="session")
def quoteattr_case_loader(pytestconfig: pytest.Config) -> Callable[[str | Path], list[dict[str, Any]]]:
    """``quoteattr.testing.load_cases``: relative paths are taken from the project's rootdir."""
    from quoteattr.testing import load_cases

    def load(path: str | Path) -> list[dict[str, Any]]:
        return load_cases(pytestconfig.rootpath / path)

    return load

"""The package as a new user meets it: what ``dir`` shows, submodules, errors, and the docs' promises."""

from __future__ import annotations

import ast
import builtins
import re
import subprocess
import sys
from pathlib import Path

import pytest

import quoteattr
from quoteattr.errors import QuoteattrError

from .conftest import ROOT, NoSkipUnderCI

pytest_plugins = ["pytester"]

PACKAGE = ROOT / "quoteattr"
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _fresh(code: str) -> str:
    """What *code* prints in a fresh interpreter."""
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_dir_lists_the_public_names_and_submodules_only() -> None:
    public = [name for name in dir(quoteattr) if not name.startswith("__")]
    assert public == sorted([*quoteattr.__all__[:-1], *quoteattr._SUBMODULES])
    for helper in ("Any", "importlib", "TYPE_CHECKING", "annotations", "_EXPORTS", "_model", "_logging"):
        assert helper not in dir(quoteattr)
    assert "__version__" in dir(quoteattr)
    # in a fresh interpreter too, where nothing else has been imported yet
    listed = _fresh("import quoteattr; print(sorted(n for n in dir(quoteattr) if not n.startswith('__')))")
    assert listed == str(public)


def test_a_submodule_is_an_attribute_of_the_package() -> None:
    # quoteattr.errors raised AttributeError until something imported quoteattr.errors
    assert _fresh("import quoteattr; print(quoteattr.errors.QuoteattrError.__name__)") == "QuoteattrError"
    assert _fresh("import quoteattr; print(quoteattr.exchange.FLAT_COLUMNS[0])") == "speaker"
    for name in quoteattr._SUBMODULES:
        assert (PACKAGE / f"{name}.py").is_file() or (PACKAGE / name / "__init__.py").is_file(), name


def _raised_names(path: Path) -> list[tuple[int, str]]:
    """The line and class name of every ``raise Name(...)`` in a module."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name):
            found.append((node.lineno, node.exc.func.id))
    return found


# Built-in exceptions that are a protocol rather than an error of quoteattr's: a module's
# __getattr__ raises AttributeError, the assertion helpers of quoteattr.testing fail a test with
# AssertionError, and a lookup by key raises KeyError (patterns.rule_by_id).
PROTOCOL = {"AttributeError", "AssertionError", "KeyError"}


@pytest.mark.parametrize(
    "path", [p for p in sorted(PACKAGE.glob("*.py")) if p.name != "__main__.py"], ids=lambda p: p.name
)
def test_every_error_quoteattr_raises_is_a_quoteattr_error(path: Path) -> None:
    # errors.py promises it; parallel and Span.of raised bare ValueErrors
    module = __import__(f"quoteattr.{path.stem}", fromlist=["_"]) if path.stem != "__init__" else quoteattr
    if path.stem in ("spacy_component", "spark", "pandas"):
        pytest.importorskip({"spacy_component": "spacy", "spark": "pyspark", "pandas": "pandas"}[path.stem])
    for line, name in _raised_names(path):
        if name in PROTOCOL:
            continue
        cls = getattr(module, name, None) or getattr(builtins, name, None)
        assert isinstance(cls, type), f"{path.name}:{line}: cannot tell what {name} is"
        assert issubclass(cls, QuoteattrError), f"{path.name}:{line} raises {name}, which is no QuoteattrError"


def test_the_documented_cue_classes_are_all_of_them() -> None:
    # the README's API summary and docs/spark.md listed three and left out evidence
    classes = sorted(c.value for c in quoteattr.CueClass)
    word = r"``?(\w+)``?"
    listing = re.compile(rf"``?(?:{'|'.join(classes)})``?(?:(?:,| or| and) ``?\w+``?)+", re.IGNORECASE)
    found = 0
    for path in [*DOCS, *sorted(PACKAGE.glob("*.py"))]:
        for match in listing.finditer(path.read_text(encoding="utf-8")):
            named = sorted(w.lower() for w in re.findall(word, match.group()))
            if set(named) <= set(classes):
                found += 1
                assert named == classes, f"{path.name}: {match.group()}"
    assert found >= 5


def _with_cues_examples() -> list[tuple[Path, str]]:
    pattern = re.compile(r"with_cues\(\s*[\"']([^\"']+)[\"']")
    sources = [*DOCS, *sorted(PACKAGE.glob("*.py"))]
    return [(path, word) for path in sources for word in pattern.findall(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize(
    ("path", "word"),
    [pytest.param(path, word, id=f"{path.name}-{word}") for path, word in _with_cues_examples()],
)
def test_a_with_cues_example_adds_a_word_that_is_no_cue_yet(path: Path, word: str) -> None:
    # the README's with_cues("quipped") added a word the default lexicon already knows
    assert quoteattr.Lexicon.default().cue(word) is None, f"{path.name}: {word!r} is already a cue"


def test_the_docs_index_links_every_page() -> None:
    index = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name != "index.md":
            assert f"({page.name})" in index, f"docs/index.md does not link {page.name}"


def test_ci_sets_ci_and_runs_exactly_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = readme.split("Run the whole test suite:\n\n", 1)[1].splitlines()[0].strip()
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "export CI=true" in script
    assert script[-1] == command


def test_under_ci_a_skip_is_a_failure(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_a="""
        import sys
        import pytest

        def test_skips():
            pytest.skip("no java on PATH")

        @pytest.mark.skipif(sys.version_info < (9,), reason="needs Python 9")
        def test_on_a_version():
            pass

        @pytest.mark.xfail(strict=True, reason="known")
        def test_known_failure():
            assert False

        def test_passes():
            pass
        """,
        test_b="""
        import pytest

        pytest.importorskip("no_such_module_here", reason="the extra is not installed")
        """,
    )
    pytester.runpytest().assert_outcomes(passed=1, skipped=3, xfailed=1)
    result = pytester.runpytest("-rfE", "--continue-on-collection-errors", plugins=[NoSkipUnderCI()])
    result.assert_outcomes(passed=1, failed=1, skipped=1, xfailed=1, errors=1)
    result.stdout.fnmatch_lines(
        [
            "*skipped under CI, where every test must run: the extra is not installed*",
            "*skipped under CI, where every test must run: no java on PATH*",
        ]
    )

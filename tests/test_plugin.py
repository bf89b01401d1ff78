"""The pytest plugin, seen from a user's project: fixtures, overrides, opting out, failures, start-up cost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

# pytester runs each inner session in this process and afterwards unloads the modules that
# session imported. The quoteattr package survives (the plugin imported it) and keeps its
# submodule attributes, so a submodule first loaded inside an inner run would leave a stale
# copy behind for the next run. Loading the package's modules here, before any inner run,
# keeps one copy of each.
import quoteattr.extractor
import quoteattr.testing  # noqa: F401

from .conftest import ROOT

pytest_plugins = ["pytester"]

HARRUMPH = "“Nonsense,” the colonel harrumphed."


def test_fixtures_exist_in_a_fresh_project(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from quoteattr import Extractor, Lexicon

        def test_fixtures(quoteattr_extract, quoteattr_extractor, quoteattr_lexicon, quoteattr_case_loader):
            assert isinstance(quoteattr_lexicon, Lexicon)
            assert isinstance(quoteattr_extractor, Extractor)
            assert quoteattr_extractor.lexicon == quoteattr_lexicon
            (st,) = quoteattr_extract("“We will win,” Jane Doe said.")
            assert (st.speaker.name, st.cue.text) == ("Jane Doe", "said")
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(passed=1)


def test_fixtures_are_listed_with_their_docstrings(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--fixtures")
    assert result.ret == 0
    result.stdout.fnmatch_lines(
        [
            "*quoteattr_lexicon*session*",
            "*override it in a conftest to add cues*",
            "*quoteattr_extractor*session*",
            "*quoteattr_extract *",
            "*quoteattr_case_loader*session*",
        ]
    )


def test_overriding_the_lexicon_in_a_conftest_takes_effect(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        f"""
        def test_harrumph(quoteattr_extract):
            assert [s.cue.text for s in quoteattr_extract({HARRUMPH!r})] == ["harrumphed"]
        """
    )
    # The default lexicon does not know the word, so the test fails ...
    pytester.runpytest().assert_outcomes(failed=1)
    # ... and passes once the project's conftest adds it: the conftest.py shown in the docs.
    doc = (ROOT / "docs" / "pytest_plugin.md").read_text(encoding="utf-8")
    conftest = doc.split("```python\n# conftest.py\n", 1)[1].split("```", 1)[0]
    assert 'with_cues("harrumphed"' in conftest
    pytester.makeconftest(conftest)
    pytester.runpytest().assert_outcomes(passed=1)


def test_no_quoteattr_disables_the_fixtures(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        def test_uses_it(quoteattr_extract):
            pass
        """
    )
    pytester.runpytest().assert_outcomes(passed=1)
    result = pytester.runpytest("-p", "no:quoteattr")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*fixture 'quoteattr_extract' not found*"])


def test_assert_attributed_failure_lists_the_statements_found(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from quoteattr.testing import assert_attributed

        def test_wrong_speaker():
            assert_attributed("“We will win,” Jane Doe said. The plan, she added, was ready.", speaker="John Roe")
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*AssertionError: no statement with speaker='John Roe'; found:",
            "*'Jane Doe' 'said' 'We will win,'",
            "*'Jane Doe' 'added' 'The plan, she added, was ready'",
        ]
    )


def test_assert_statements_match_failure_lists_each_difference(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        """
        from quoteattr.testing import assert_statements_match

        def test_differs(quoteattr_extract):
            text = "“We will win,” Jane Doe said."
            assert_statements_match(text, quoteattr_extract(text), [{"speaker_entity": "John Roe", "cue": "said"}])
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "*statements differ:",
            "*statement 0: speaker_entity expected 'John Roe', found 'Jane Doe'",
            "*found:",
            "*'Jane Doe' 'said' 'We will win,'",
        ]
    )


def test_case_loader_reads_golden_files_from_the_rootdir(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "“We will win,” Jane Doe said."
    case = {"id": "mine.001", "text": text, "statements": [{"speaker_entity": "Jane Doe", "cue": "said"}]}
    pytester.mkdir("golden").joinpath("mine.json").write_text(json.dumps([case]), encoding="utf-8")
    pytester.makeini("[pytest]\n")
    pytester.mkdir("sub").joinpath("test_golden.py").write_text(
        "from quoteattr.testing import assert_statements_match\n\n"
        "def test_cases(quoteattr_case_loader, quoteattr_extract):\n"
        '    (case,) = quoteattr_case_loader("golden/mine.json")\n'
        '    assert case["expect"] == "pass"\n'
        '    assert_statements_match(case["text"], quoteattr_extract(case["text"]), case["statements"])\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(pytester.path / "sub")  # a relative path is the rootdir's, not the working directory's
    pytester.runpytest(".").assert_outcomes(passed=1)


def _import_cost_ms(*modules: str) -> float:
    """Milliseconds spent importing *modules* after ``pytest``, in a fresh interpreter.

    ``-X importtime`` reports each import with its cumulative time, indented by
    depth; the top-level entries after ``pytest``'s are what *modules* add.
    """
    code = "import pytest; " + "; ".join(f"import {m}" for m in modules)
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    total_us = 0
    after_pytest = False
    for line in result.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|")
        if name.startswith("  "):  # nested: already counted in its importer's cumulative time
            continue
        if after_pytest:
            total_us += int(cumulative)
        after_pytest = after_pytest or name.strip() == "pytest"
    assert after_pytest, result.stderr
    return total_us / 1000


def test_the_plugin_adds_little_start_up_cost() -> None:
    # pytest imports the plugin in every run of every project that has quoteattr installed:
    # the plugin and the package import nothing until a fixture is used.
    cost = min(_import_cost_ms("quoteattr.pytest_plugin") for _ in range(3))
    print(f"importing quoteattr.pytest_plugin after pytest: {cost:.2f} ms")
    assert cost < 5, f"the plugin adds {cost:.1f} ms to pytest's start-up"
    code = (
        "import sys, quoteattr.pytest_plugin\n"
        "print(sorted(m for m in sys.modules if m.startswith(('quoteattr', 'regex', 'attr'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['quoteattr', 'quoteattr.pytest_plugin']", loaded


def test_a_failing_helper_shows_the_test_not_quoteattr_source(pytester: pytest.Pytester) -> None:
    # about 20 lines of quoteattr/testing.py came before the message
    pytester.makepyfile(
        """
        from quoteattr.testing import assert_attributed, assert_statements_match

        def test_attributed():
            assert_attributed("“We will win,” Jane Doe said.", speaker="John Roe")

        def test_match(quoteattr_extract):
            text = "“We will win,” Jane Doe said."
            assert_statements_match(text, quoteattr_extract(text), [{"cue": "added"}])
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=2)
    out = result.stdout.str()
    assert "quoteattr/testing.py" not in out
    assert "__tracebackhide__" not in out
    assert "raise AssertionError(msg)" not in out
    result.stdout.fnmatch_lines(['*assert_attributed("“We will win,” Jane Doe said.", speaker="John Roe")'])


def test_the_extract_fixture_has_a_short_repr(pytester: pytest.Pytester) -> None:
    # an assertion's explanation printed the bound method, extractor and every word of the lexicon
    pytester.makepyfile(
        """
        def test_repr(quoteattr_extract):
            assert repr(quoteattr_extract) == "<quoteattr_extract: text -> list[Statement]>"

        def test_fails(quoteattr_extract):
            assert quoteattr_extract("“We will win,” Jane Doe said.") == []
        """
    )
    result = pytester.runpytest("--showlocals")
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    assert "Lexicon(" not in out
    assert len(out) < 10_000, len(out)


def test_load_cases_in_parametrize_agrees_with_the_fixture(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    # load_cases("tests/cases.json") at collection read from the working directory, the fixture from
    # the rootdir: run from tests/, the first raised FileNotFoundError
    text = "“We will win,” Jane Doe said."
    case = {"id": "mine.001", "text": text, "statements": [{"speaker_entity": "Jane Doe", "cue": "said"}]}
    tests = pytester.mkdir("tests")
    tests.joinpath("cases.json").write_text(json.dumps([case]), encoding="utf-8")
    pytester.makeini("[pytest]\n")
    tests.joinpath("test_cases.py").write_text(
        "import pytest\n"
        "from quoteattr.testing import assert_statements_match, load_cases\n\n"
        '@pytest.mark.parametrize("case", load_cases("tests/cases.json"), ids=lambda c: c["id"])\n'
        "def test_case(case, quoteattr_extract, quoteattr_case_loader):\n"
        '    assert quoteattr_case_loader("tests/cases.json") == [case]\n'
        '    assert_statements_match(case["text"], quoteattr_extract(case["text"]), case["statements"])\n',
        encoding="utf-8",
    )
    pytester.runpytest().assert_outcomes(passed=1)
    monkeypatch.chdir(tests)
    pytester.runpytest(".").assert_outcomes(passed=1)


def test_load_cases_outside_pytest_reads_from_the_working_directory(tmp_path: Path) -> None:
    (tmp_path / "cases.json").write_text(json.dumps([{"id": "a.001", "text": "x"}]), encoding="utf-8")
    code = "from quoteattr.testing import load_cases; print(load_cases('cases.json')[0]['id'])"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "a.001"

"""Helpers for tests that check statements: golden files and readable failures.

This module does not import pytest, so it serves any test runner. Under pytest
the assertion helpers hide their own frames from a failure's traceback
(``__tracebackhide__``), so a failure shows your test's line and the message.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from quoteattr._model import Statement
from quoteattr.errors import ArgumentError
from quoteattr.exchange import STATEMENT_KEYS

__all__ = ["assert_attributed", "assert_statements_match", "compare", "dump_cases", "load_cases", "project"]


def _rootdir() -> Path | None:
    """The rootdir of the pytest run in progress, when the quoteattr plugin is active in it."""
    plugin = sys.modules.get("quoteattr.pytest_plugin")
    return None if plugin is None else plugin.rootdir()


def load_cases(path: str | Path) -> list[dict[str, Any]]:
    """The cases of a golden file: a JSON list of ``{"id", "text", "statements", ...}``.

    A relative *path* is taken from pytest's rootdir while pytest runs with the
    quoteattr plugin, at collection too (``@pytest.mark.parametrize("case",
    load_cases("tests/cases.json"))``), wherever pytest was started, as the
    ``quoteattr_case_loader`` fixture does; outside pytest, from the working
    directory.

    Raises:
        ArgumentError: the file is not a list of cases with ``id`` and ``text`` (a ``ValueError``).
        FileNotFoundError: there is no such file; the message gives the path it tried.
    """
    path = Path(path)
    root = _rootdir()
    if root is not None and not path.is_absolute():
        path = root / path
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        msg = f"{path}: a golden file holds a JSON list of cases, found {type(data).__name__}"
        raise ArgumentError(msg)
    for n, case in enumerate(data):
        if not isinstance(case, dict) or not isinstance(case.get("id"), str) or not isinstance(case.get("text"), str):
            msg = f'{path}: case {n} needs a string "id" and a string "text"'
            raise ArgumentError(msg)
        case.setdefault("statements", [])
        case.setdefault("expect", "pass")
    return data


def _inline(value: Any) -> bool:
    # a span [s, e] or a list of spans stays on one line
    return isinstance(value, list) and all(
        isinstance(v, int) or (isinstance(v, list) and all(isinstance(x, int) for x in v)) for v in value
    )


def _dump(value: Any, indent: int) -> str:
    pad = "  " * (indent + 1)
    if isinstance(value, dict) and value:
        items = [f"{pad}{json.dumps(k, ensure_ascii=False)}: {_dump(v, indent + 1)}" for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + "  " * indent + "}"
    if isinstance(value, list) and value and not _inline(value):
        items = [pad + _dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + "  " * indent + "]"
    return json.dumps(value, ensure_ascii=False)


def dump_cases(cases: Sequence[dict[str, Any]]) -> str:
    """Golden cases as JSON text, two-space indented, with spans kept on one line.

    Example:
        >>> print(dump_cases([{"id": "x.001", "statements": [{"content_parts": [[0, 1], [3, 5]]}]}]), end="")
        [
          {
            "id": "x.001",
            "statements": [
              {
                "content_parts": [[0, 1], [3, 5]]
              }
            ]
          }
        ]
    """
    return _dump(list(cases), 0) + "\n"


def project(statement: dict[str, Any], keys: Iterable[str]) -> dict[str, Any]:
    """The part of a statement object a comparison looks at."""
    return {k: statement.get(k) for k in keys}


def compare(text: str, found: Sequence[Statement], expected: Sequence[dict[str, Any]]) -> list[str]:
    """The differences between found statements and expected statement objects.

    Each expected statement is compared on the keys it gives (``rule`` and
    ``cue_class`` only when given). An empty list means they agree.
    """
    got = [s.to_dict(text) for s in found]
    problems = []
    if len(got) != len(expected):
        problems.append(f"expected {len(expected)} statement(s), found {len(got)}")
    for n, (g, e) in enumerate(zip(got, expected, strict=False)):
        keys = [k for k in e if k in STATEMENT_KEYS]
        for k in keys:
            if g.get(k) != e[k]:
                problems.append(f"statement {n}: {k} expected {e[k]!r}, found {g.get(k)!r}")
    for n, g in enumerate(got[len(expected) :], start=len(expected)):
        problems.append(f"statement {n}: unexpected {_brief(g)}")
    for n, e in enumerate(expected[len(got) :], start=len(got)):
        problems.append(f"statement {n}: missing {_brief(e)}")
    return problems


def _brief(st: dict[str, Any]) -> str:
    return f"{st.get('speaker_entity') or st.get('speaker')!r} {st.get('cue')!r} {st.get('content')!r}"


def assert_statements_match(text: str, found: Sequence[Statement], expected: Sequence[dict[str, Any]]) -> None:
    """Fail with a readable list of differences unless *found* matches *expected*.

    Raises:
        AssertionError: the statements differ; the message lists each difference.
    """
    __tracebackhide__ = True  # pytest: the failure points at the caller's line
    problems = compare(text, found, expected)
    if problems:
        found_lines = "\n".join(f"  {_brief(s.to_dict(text))}" for s in found) or "  (none)"
        msg = "statements differ:\n- " + "\n- ".join(problems) + f"\nfound:\n{found_lines}"
        raise AssertionError(msg)


def assert_attributed(
    text: str,
    *,
    speaker: str | None = None,
    content_contains: str | None = None,
    kind: str | None = None,
    statements: Sequence[Statement] | None = None,
) -> Statement:
    """Assert that some statement of *text* has this speaker and content; return it.

    *speaker* matches the resolved name or the mention as written.

    Example:
        >>> st = assert_attributed("“We are ready,” said Jane Doe.", speaker="Jane Doe", content_contains="ready")
        >>> st.cue.text
        'said'

    Raises:
        AssertionError: no statement fits; the message lists those found.
    """
    __tracebackhide__ = True  # pytest: the failure points at the caller's line
    if statements is None:
        from quoteattr.extractor import extract

        statements = extract(text)
    for st in statements:
        names = {st.speaker.name, st.speaker.mention.text if st.speaker.mention else None} if st.speaker else {None}
        if speaker is not None and speaker not in names:
            continue
        if content_contains is not None and content_contains not in st.content_text(text):
            continue
        if kind is not None and st.kind.value != kind:
            continue
        return st
    wanted = ", ".join(
        f"{k}={v!r}" for k, v in (("speaker", speaker), ("content_contains", content_contains), ("kind", kind)) if v
    )
    found = "\n".join(f"  {_brief(s.to_dict(text))}" for s in statements) or "  (none)"
    msg = f"no statement with {wanted}; found:\n{found}"
    raise AssertionError(msg)
